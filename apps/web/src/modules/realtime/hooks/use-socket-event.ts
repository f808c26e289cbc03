import { useEffect, useRef } from 'react';
import type { ClientEventMap, ClientEventName } from '@parley/contracts';
import { useRealtime } from '../components/realtime-provider';

/** Subscribes to one server event for the component's lifetime; the latest handler is always called. */
export function useSocketEvent<E extends ClientEventName>(event: E, handler: ClientEventMap[E]): void {
  const { socket } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  useEffect(() => {
    if (!socket) return;
    const listener = ((...args: Parameters<ClientEventMap[E]>) =>
      (handlerRef.current as (...a: Parameters<ClientEventMap[E]>) => void)(...args)) as ClientEventMap[E];
    // socket.io's typed overloads cannot follow a generic event name.
    (socket.on as (e: E, l: ClientEventMap[E]) => void)(event, listener);
    return () => {
      (socket.off as (e: E, l: ClientEventMap[E]) => void)(event, listener);
    };
  }, [socket, event]);
}

/** Runs after a reconnect (not the first connect): events may have been missed meanwhile. */
export function useOnReconnect(handler: () => void): void {
  const { socket } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    if (!socket) return;
    let connectedOnce = socket.connected;
    const onConnect = () => {
      if (connectedOnce) handlerRef.current();
      connectedOnce = true;
    };
    socket.on('connect', onConnect);
    return () => {
      socket.off('connect', onConnect);
    };
  }, [socket]);
}
