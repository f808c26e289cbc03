import type { SearchResultDto } from '@parley/contracts';
import { ConversationListItemResponse } from '../conversations/conversations.responses.js';
import { IdProp, ObjProp, StrProp, TimeProp } from '../response-props.js';

export class SearchMessageResponse {
  @IdProp() id: string;
  @StrProp('Where is my order 1234?') text: string;
  @TimeProp() sentAt: string;
}

export class SearchResultResponse implements SearchResultDto {
  @ObjProp(() => ConversationListItemResponse) conversation: ConversationListItemResponse;
  @ObjProp(() => SearchMessageResponse, { nullable: true, description: 'the matching message; null when the contact\'s name matched' })
  message: SearchMessageResponse | null;
  @StrProp('Where is my <b>order</b> <b>1234</b>?', { description: 'excerpt with the matches in <b>' }) headline: string;
}
