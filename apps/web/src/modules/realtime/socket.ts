import { io, type Socket } from 'socket.io-client';
import type { ClientEventMap, ServerEventMap } from '@parley/contracts';

export type ParleySocket = Socket<ClientEventMap, ServerEventMap>;

/** The server acks every emit; the dashboard does not wait for it. */
export const ignoreAck = (): void => undefined;

/** Same origin as the page; the session cookie authenticates the handshake. */
export function createSocket(): ParleySocket {
  return io({ path: '/socket.io', withCredentials: true, transports: ['websocket', 'polling'] });
}
