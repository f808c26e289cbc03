import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createSocket, type ParleySocket } from '../socket';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

interface RealtimeValue {
  socket: ParleySocket | null;
  state: ConnectionState;
}

const RealtimeContext = createContext<RealtimeValue>({ socket: null, state: 'disconnected' });

export type RealtimeProviderProps = { children: ReactNode };

/** One socket per signed-in session; mounted under the AuthGuard so the cookie exists at handshake. */
export function RealtimeProvider({ children }: RealtimeProviderProps) {
  const [value, setValue] = useState<RealtimeValue>({ socket: null, state: 'connecting' });

  useEffect(() => {
    const socket = createSocket();
    const set = (state: ConnectionState) => setValue({ socket, state });
    set('connecting');
    socket.on('connect', () => set('connected'));
    let retry: ReturnType<typeof setTimeout> | undefined;
    socket.on('disconnect', (reason) => {
      set('disconnected');
      // socket.io retries by itself except when the server closed the socket (it does when it could not
      // join the socket to its rooms, e.g. the database was away): then we come back after a pause.
      if (reason === 'io server disconnect') retry = setTimeout(() => socket.connect(), 1000);
    });
    socket.on('connect_error', () => set('disconnected'));
    return () => {
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeValue {
  return useContext(RealtimeContext);
}
