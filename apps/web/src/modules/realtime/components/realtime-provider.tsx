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
    socket.on('disconnect', () => set('disconnected'));
    socket.on('connect_error', () => set('disconnected'));
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeValue {
  return useContext(RealtimeContext);
}
