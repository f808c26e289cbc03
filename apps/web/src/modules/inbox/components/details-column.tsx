import type { Ref } from 'react';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { DetailsPanel } from '../../conversation-details/components/details-panel';
import { useConversation } from '../../conversations/hooks/use-conversation-queries';

export type DetailsColumnProps = {
  conversationId: string;
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
  tagInputRef: Ref<HTMLInputElement>;
};

export function DetailsColumn({ conversationId, snoozeOpen, onSnoozeOpenChange, tagInputRef }: DetailsColumnProps) {
  const conversation = useConversation(conversationId);
  if (!conversation.data) {
    return (
      <Box sx={{ p: 2 }} aria-busy={conversation.isPending}>
        <Skeleton variant="circular" width={48} height={48} />
        {[1, 2, 3, 4].map((i) => <Skeleton key={i} height={48} />)}
      </Box>
    );
  }
  return <DetailsPanel conversation={conversation.data} snoozeOpen={snoozeOpen} onSnoozeOpenChange={onSnoozeOpenChange} tagInputRef={tagInputRef} />;
}
