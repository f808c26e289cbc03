import { QUICK_REPLY_SCOPES, type QuickReplyDto, type QuickReplyScope, type RenderedQuickReplyDto } from '@parley/contracts';
import { EnumProp, IdProp, IntProp, StrListProp, StrProp } from '../response-props.js';

export class QuickReplyResponse implements QuickReplyDto {
  @IdProp() id: string;
  @StrProp('refund-policy') shortcut: string;
  @StrProp('Refund policy') title: string;
  @StrProp('Hi {{contact.name}}, refunds take 3-5 working days.') body: string;
  @EnumProp(QUICK_REPLY_SCOPES, 'team') scope: QuickReplyScope;
  @IdProp({ nullable: true }) teamId: string | null;
  @IdProp({ nullable: true, description: 'the owner of a personal reply' }) ownerId: string | null;
  @IntProp(12) usageCount: number;
}

export class RenderedQuickReplyResponse implements RenderedQuickReplyDto {
  @StrProp('Hi Bruno, refunds take 3-5 working days.') text: string;
  @StrListProp(['order.number'], { description: 'variables that could not be filled' }) missing: string[];
}
