import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useRealtime } from '../../realtime/components/realtime-provider';
import { ignoreAck } from '../../realtime/socket';
import { refreshThread } from '../utils/message-cache';

/**
 * Keeps this socket in the conversation's room while the thread is open: message bodies and delivery
 * ticks are sent only there. The join is repeated after every reconnect (the server forgets a dropped
 * socket's rooms), and the thread is read again once the join is confirmed: a message published between
 * the first read and the join reached neither.
 */
export function useThreadRoom(conversationId: string): void {
  const client = useQueryClient();
  const { socket, state } = useRealtime();

  useEffect(() => {
    if (!socket || state !== 'connected') return;
    let open = true;
    socket.emit('conversation.view', { conversationId }, ({ ok }) => {
      if (ok && open) void refreshThread(client, conversationId);
    });
    return () => {
      open = false;
      // A dropped socket has left every room already; a leave queued for the next connection would only add a frame.
      if (socket.connected) socket.emit('conversation.leave', { conversationId }, ignoreAck);
    };
  }, [client, socket, state, conversationId]);
}
