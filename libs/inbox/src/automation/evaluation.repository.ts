import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Which customer messages have had their follow-up (auto-reply decision, SLA step, assignment): the
 * reconciler re-enqueues the evaluation of any recent message missing here, so a job Redis lost is redone.
 */
@Injectable()
export class EvaluationRecord {
  constructor(private readonly dataSource: DataSource) {}

  async markDecided(messageId: string): Promise<void> {
    // Through a SELECT so a message deleted meanwhile is simply skipped.
    await this.dataSource.query(`INSERT INTO automation_evaluations (message_id) SELECT id FROM messages WHERE id = $1
      ON CONFLICT DO NOTHING`, [messageId]);
  }
}
