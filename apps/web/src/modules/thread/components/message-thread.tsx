import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MessageDto } from '@parley/contracts';
import { EmptyState } from '../../ui/components/empty-state';
import { ErrorState } from '../../ui/components/error-state';
import { VisuallyHidden } from '../../ui/components/visually-hidden';
import { useMessages, useRetryMessage } from '../hooks/use-messages';
import { useThreadRoom } from '../hooks/use-thread-room';
import { flattenMessages } from '../utils/message-cache';
import { MessageBubble } from './message-bubble';

export type MessageThreadProps = { conversationId: string; onReplyTo?: (message: MessageDto) => void };

const NEAR_EDGE_PX = 120;

/** Scrolls to the newest message, loads older pages on scroll up without jumping, and announces new messages. */
export function MessageThread({ conversationId, onReplyTo }: MessageThreadProps) {
  const query = useMessages(conversationId);
  useThreadRoom(conversationId);
  const retry = useRetryMessage(conversationId);
  const messages = useMemo(() => flattenMessages(query.data), [query.data]);
  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchorFromBottom = useRef<number | null>(null);
  const stickToBottom = useRef(true);
  const lastId = useRef<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (anchorFromBottom.current !== null) {
      el.scrollTop = el.scrollHeight - anchorFromBottom.current;
      anchorFromBottom.current = null;
    } else if (stickToBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
    const newest = messages[messages.length - 1];
    if (newest && lastId.current && newest.id !== lastId.current && newest.direction === 'incoming') {
      setAnnouncement(`New message: ${newest.text ?? 'attachment'}`);
    }
    lastId.current = newest?.id;
  }, [messages]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_EDGE_PX;
    if (el.scrollTop < NEAR_EDGE_PX && query.hasNextPage && !query.isFetchingNextPage) {
      anchorFromBottom.current = el.scrollHeight - el.scrollTop;
      void query.fetchNextPage();
    }
  };

  const onRetry = (m: MessageDto) =>
    retry.mutate({ text: m.text ?? undefined, attachments: m.attachments.flatMap((a) => (a.url ? [{ type: a.type, url: a.url }] : [])) });

  if (query.isPending) {
    return (
      <Stack spacing={1.5} sx={{ p: 2, flex: 1 }} aria-busy="true" aria-label="Loading messages">
        {[40, 60, 35, 55].map((w, i) => (
          <Skeleton key={i} variant="rounded" height={44} width={`${w}%`} sx={{ alignSelf: i % 2 ? 'flex-end' : 'flex-start' }} />
        ))}
      </Stack>
    );
  }
  if (query.isError) return <ErrorState error={query.error} title="Cannot load messages" onRetry={() => query.refetch()} />;

  return (
    <Box ref={scrollRef} onScroll={onScroll} sx={{ flex: 1, overflowY: 'auto', px: 2, py: 1 }} role="region" aria-label="Messages" tabIndex={0}>
      {query.isFetchingNextPage && <Box sx={{ textAlign: 'center', py: 1 }}><CircularProgress size={20} aria-label="Loading older messages" /></Box>}
      {!query.hasNextPage && messages.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'center', py: 1 }}>Start of the conversation</Typography>
      )}
      {messages.length === 0 && <EmptyState title="No messages yet" description="Messages from the customer will show up here." />}
      {messages.map((m) => (
        <MessageBubble key={m.id} message={m} replyTo={m.replyToId ? byId.get(m.replyToId) : undefined} onRetry={onRetry} retrying={retry.isPending} onReplyTo={onReplyTo} />
      ))}
      <VisuallyHidden live="polite">{announcement}</VisuallyHidden>
    </Box>
  );
}
