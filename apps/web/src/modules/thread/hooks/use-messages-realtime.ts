import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../../realtime/hooks/use-socket-event';
import { upsertMessage } from '../utils/message-cache';

/** New and changed messages (delivery ticks, edits, reactions) go straight into loaded threads. */
export function useMessagesRealtime(): void {
  const client = useQueryClient();
  useSocketEvent('message.created', ({ message }) => upsertMessage(client, message));
  useSocketEvent('message.updated', ({ message }) => upsertMessage(client, message));
}
