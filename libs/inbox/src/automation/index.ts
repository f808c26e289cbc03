// Automation: each context's public surface, and the services that tie them together.
export * from './business-hours/index.js';
export * from './sla/index.js';
export * from './auto-replies/index.js';
export * from './assignment/index.js';
export { AutoResolveService } from './auto-resolve.service.js';
export { ConversationFollowup } from './conversation-followup.service.js';
export { InboxAutomationService } from './inbox-automation.service.js';
export { MentionNotifier } from '../notifications/mention-notifier.js';
