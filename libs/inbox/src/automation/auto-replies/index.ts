// The auto-replies context's public surface: other contexts import from here, never from its files (eslint boundaries).
export { AutoRepliesModule } from './auto-replies.module.js';
export { AutoRepliesService, type AutoReplyRuleInput } from './auto-replies.service.js';
export { AutoReplyEvaluator, type EvaluationResult } from './auto-reply.evaluator.js';
export * from './away-rules.js';
export { MAX_MATCH_TEXT_LENGTH, MAX_PATTERN_LENGTH } from './rule-pattern.js';
export * from './auto-reply-text.js';
