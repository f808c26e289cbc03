import { Module } from '@nestjs/common';
import { InboxCoreModule } from '../../inbox-core.module.js';
import { AutoRepliesService } from './auto-replies.service.js';
import { AutoReplyEvaluator } from './auto-reply.evaluator.js';
import { AutoReplyRepository } from './auto-reply.repository.js';

/** Away messages and keyword rules: their settings and the evaluation after each customer message. */
@Module({
  imports: [InboxCoreModule],
  providers: [AutoRepliesService, AutoReplyEvaluator, AutoReplyRepository],
  exports: [AutoRepliesService, AutoReplyEvaluator],
})
export class AutoRepliesModule {}
