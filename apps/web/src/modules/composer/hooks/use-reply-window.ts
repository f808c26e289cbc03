import type { ConversationDetailDto, ConversationListItemDto } from '@parley/contracts';
import { useNow } from '../../ui/hooks/use-now';
import { replyWindow, type ReplyWindow } from '../utils/reply-window';

export function useReplyWindow(conversation: ConversationListItemDto | ConversationDetailDto): ReplyWindow {
  const now = useNow(15_000);
  return replyWindow(conversation, now);
}
