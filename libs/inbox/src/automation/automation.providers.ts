import { MentionNotifier } from '../notifications/mention-notifier.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AutoAssignmentService } from './assignment/auto-assignment.service.js';
import { AutoRepliesService } from './auto-replies/auto-replies.service.js';
import { AutoReplyEvaluator } from './auto-replies/auto-reply.evaluator.js';
import { AutoReplyRepository } from './auto-replies/auto-reply.repository.js';
import { AutoResolveService } from './auto-resolve.service.js';
import { ConversationFollowup } from './conversation-followup.service.js';
import { InboxAutomationService } from './inbox-automation.service.js';
import { SlaPoliciesService } from './sla/sla-policies.service.js';
import { SlaService } from './sla/sla.service.js';

export {
  AutoAssignmentService, AutoRepliesService, AutoReplyEvaluator, AutoResolveService, ConversationFollowup, InboxAutomationService,
  MentionNotifier, NotificationsService, SlaPoliciesService, SlaService,
};
export type { AutoReplyRuleInput } from './auto-replies/auto-replies.service.js';
export type { SlaPolicyInput } from './sla/sla-policies.service.js';
export type { InboxAutomationInput } from './inbox-automation.service.js';
export type { EvaluationResult } from './auto-replies/auto-reply.evaluator.js';

/** The automation and notification services, registered by InboxModule. */
export const AUTOMATION_SERVICES = [
  AutoAssignmentService, AutoRepliesService, AutoReplyEvaluator, AutoReplyRepository, AutoResolveService, ConversationFollowup, InboxAutomationService,
  MentionNotifier, NotificationsService, SlaPoliciesService, SlaService,
];
