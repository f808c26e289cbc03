import {
  QUICK_REPLY_LIMITS as L, QUICK_REPLY_SCOPES, QUICK_REPLY_SHORTCUT_PATTERN, type CreateQuickReplyRequest, type QuickReplyScope,
  type RenderQuickReplyRequest, type SearchQuickRepliesRequest, type UpdateQuickReplyRequest,
} from '@parley/contracts';
import { Id, OneOf, Text } from '../fields.js';

const SHORTCUT = {
  max: L.shortcut, pattern: QUICK_REPLY_SHORTCUT_PATTERN, example: 'refund-policy',
  message: 'shortcut must be 1-40 letters, digits, "-" or "_" (typed after "/" in the composer)',
};
const BODY = { max: L.body, example: 'Hi {{contact.name}}, refunds take 3-5 working days.', description: 'may use {{contact.name}}, {{agent.name}} and the contact\'s custom attributes' };

export class CreateQuickReplyBody implements CreateQuickReplyRequest {
  @Text(SHORTCUT) shortcut: string;
  @Text({ max: L.title, example: 'Refund policy' }) title: string;
  @Text(BODY) body: string;
  @OneOf(QUICK_REPLY_SCOPES, { example: 'team' }) scope: QuickReplyScope;
  @Id({ optional: true, example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', message: 'teamId must be a team id', description: 'required for scope team' })
  teamId?: string;
}

export class UpdateQuickReplyBody implements UpdateQuickReplyRequest {
  @Text({ optional: true, ...SHORTCUT }) shortcut?: string;
  @Text({ optional: true, max: L.title, example: 'Refund policy' }) title?: string;
  @Text({ optional: true, ...BODY }) body?: string;
}

export class SearchQuickRepliesQuery implements SearchQuickRepliesRequest {
  @Text({ optional: true, min: 0, max: L.query, example: 'refu', description: 'matches the shortcut or title' }) q?: string;
}

export class RenderBody implements RenderQuickReplyRequest {
  @Id({ example: '9b2f4a1e-3c5d-4e6f-8a7b-1c2d3e4f5a6b', message: 'conversationId must be a conversation id' }) conversationId: string;
}
