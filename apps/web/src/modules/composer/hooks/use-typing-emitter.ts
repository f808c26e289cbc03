import { useCallback, useEffect, useRef } from 'react';
import { useRealtime } from '../../realtime/components/realtime-provider';
import { ignoreAck } from '../../realtime/socket';

const IDLE_MS = 4000;

/** Emits typing:true at most every few seconds while keys are pressed, and typing:false once idle or on leave. */
export function useTypingEmitter(conversationId: string) {
  const { socket } = useRealtime();
  const typingSince = useRef<number | null>(null);
  const idleTimer = useRef<number | undefined>(undefined);

  const stop = useCallback(() => {
    window.clearTimeout(idleTimer.current);
    if (typingSince.current !== null) socket?.emit('typing', { conversationId, typing: false }, ignoreAck);
    typingSince.current = null;
  }, [socket, conversationId]);

  const notify = useCallback(() => {
    if (!socket) return;
    if (typingSince.current === null || Date.now() - typingSince.current > IDLE_MS) {
      socket.emit('typing', { conversationId, typing: true }, ignoreAck);
      typingSince.current = Date.now();
    }
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(stop, IDLE_MS);
  }, [socket, conversationId, stop]);

  useEffect(() => stop, [stop]);
  return { notifyTyping: notify, stopTyping: stop };
}
