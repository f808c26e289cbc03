import { useEffect, useState, type RefObject } from 'react';
import type { MessageDto } from '@parley/contracts';
import ForumIcon from '@mui/icons-material/Forum';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { Composer, type ComposerCommands } from '../../composer/components/composer';
import { useMarkConversationRead } from '../../conversations/hooks/use-conversation-actions';
import { useConversation } from '../../conversations/hooks/use-conversation-queries';
import { ApiError } from '../../http/api-error';
import { EmptyState } from '../../ui/components/empty-state';
import { ErrorState } from '../../ui/components/error-state';
import { MessageThread } from './message-thread';
import { ThreadHeader } from './thread-header';

export type ConversationPaneProps = {
  conversationId: string;
  composerRef: RefObject<ComposerCommands | null>;
  /** A phone shows one pane: these lead back to the list and on to the details. */
  onBack?: () => void;
  onShowDetails?: () => void;
};

export function ConversationPane({ conversationId, composerRef, onBack, onShowDetails }: ConversationPaneProps) {
  const conversation = useConversation(conversationId);
  const markRead = useMarkConversationRead();
  const unread = conversation.data?.unreadCount ?? 0;
  // The message the reply being written answers; it belongs to one conversation.
  const [quoted, setQuoted] = useState<MessageDto | null>(null);
  const replyTo = quoted?.conversationId === conversationId ? quoted : null;

  // Opening a conversation (or a message arriving while it is open) reads it.
  useEffect(() => {
    if (unread > 0 && !markRead.isPending) markRead.mutate({ id: conversationId, value: undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversationId, unread]);

  if (conversation.isPending) {
    return (
      <Box sx={{ p: 2 }} aria-busy="true" aria-label="Loading conversation">
        <Skeleton width="40%" height={32} />
        <Skeleton variant="rounded" height={200} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if (conversation.isError) {
    if (conversation.error instanceof ApiError && conversation.error.status === 404) {
      return <EmptyState icon={<ForumIcon fontSize="large" />} title="Conversation not found" description="It may have been deleted, or you are not a member of its inbox." />;
    }
    return <ErrorState error={conversation.error} title="Cannot load the conversation" onRetry={() => conversation.refetch()} />;
  }
  const c = conversation.data;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 }}>
      <ThreadHeader conversation={c} onBack={onBack} onShowDetails={onShowDetails} />
      <MessageThread conversationId={c.id} onReplyTo={(m) => { setQuoted(m); composerRef.current?.focus(); }} />
      <Composer key={c.id} conversation={c} commandsRef={composerRef} replyTo={replyTo} onCancelReplyTo={() => setQuoted(null)} />
    </Box>
  );
}
