import { io, type Socket } from 'socket.io-client';
import type { ClientEventMap } from '@parley/contracts';

/** Browser → server emits; the server-side gateway handles exactly these. */
export interface ServerEmitMap {
  'conversation.view': (payload: { conversationId: string }) => void;
  'conversation.leave': (payload: { conversationId: string }) => void;
  typing: (payload: { conversationId: string; typing: boolean }) => void;
}

export type ParleySocket = Socket<ClientEventMap, ServerEmitMap>;

/** Same origin as the page; the session cookie authenticates the handshake. */
export function createSocket(): ParleySocket {
  return io({ path: '/socket.io', withCredentials: true, transports: ['websocket', 'polling'] });
}
