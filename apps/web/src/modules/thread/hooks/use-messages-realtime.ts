import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { markClosedThreadStale, upsertMessage } from '../utils/message-cache';

/**
 * New and changed messages (delivery ticks, edits, reactions) go straight into the open thread, the only
 * one whose conversation room this socket is in; the inbox's list rows mark the other cached threads stale.
 */
export function useMessagesRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('message.created', ({ message }) => upsertMessage(client, message));
  useSocketEvent('message.updated', ({ message }) => upsertMessage(client, message));
  useSocketEvent('conversation.updated', ({ conversation }) => markClosedThreadStale(client, conversation.id));
}
