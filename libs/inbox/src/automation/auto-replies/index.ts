// The auto-replies context's public surface: other contexts import from here, never from its files (eslint boundaries).
export { AutoRepliesModule } from './auto-replies.module.js';
export { AutoRepliesService } from './auto-replies.service.js';
export { AutoReplyEvaluator } from './auto-reply.evaluator.js';
export * from './away-rules.js';
export * from './auto-reply-text.js';
