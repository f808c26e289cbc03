import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AutoReplyTrigger, NotificationType, Priority, SlaTargetName } from '@parley/contracts';

/** One auto-reply rule of an inbox; rules are evaluated by `position`, the first match answers. */
@Entity('auto_reply_rules')
export class AutoReplyRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) trigger: AutoReplyTrigger;
  @Column({ type: 'jsonb', default: () => "'[]'" }) keywords: string[];
  @Column({ type: 'text', nullable: true }) pattern: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * One auto-reply sent (or decided against for good) per incoming message: the unique source message is
 * what makes a repeated evaluation job a no-op, and `trigger`/`createdAt` give "away once per day".
 */
@Entity('automation_replies')
export class AutomationReplyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) conversationId: string;
  @Column({ type: 'uuid' }) sourceMessageId: string;
  @Column({ type: 'uuid', nullable: true }) ruleId: string | null;
  @Column({ type: 'text' }) trigger: AutoReplyTrigger;
  @Column({ type: 'uuid' }) messageId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('sla_policies')
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'int', nullable: true }) firstResponseMinutes: number | null;
  @Column({ type: 'int', nullable: true }) nextResponseMinutes: number | null;
  @Column({ type: 'int', nullable: true }) resolutionMinutes: number | null;
  @Column({ type: 'boolean', default: false }) businessHoursOnly: boolean;
  @Column({ type: 'int', default: 0 }) reminderLeadMinutes: number;
  /** narrowing: only conversations with this tag / this priority */
  @Column({ type: 'uuid', nullable: true }) tagId: string | null;
  @Column({ type: 'text', nullable: true }) priority: Priority | null;
  /** escalation on breach */
  @Column({ type: 'text', nullable: true }) escalatePriority: Priority | null;
  @Column({ type: 'uuid', nullable: true }) escalateTeamId: string | null;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One SLA clock; times are ISO strings (jsonb). `remindedFor` is the due time a reminder was sent for. */
export interface SlaClockState {
  startedAt: string;
  dueAt: string | null;
  outcome: 'running' | 'hit' | 'missed';
  remindedFor: string | null;
  endedAt: string | null;
}

/** The SLA state of a conversation: its clocks, pauses, and the next instant a sweeper must look at it. */
@Entity('conversation_sla')
export class ConversationSlaEntity {
  @PrimaryColumn('uuid') conversationId: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'uuid', nullable: true }) policyId: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) clocks: Partial<Record<SlaTargetName, SlaClockState>>;
  @Column({ type: 'jsonb', default: () => "'[]'" }) pauses: { from: string; to: string }[];
  @Column({ type: 'timestamptz', nullable: true }) pausedAt: Date | null;
  /** earliest due time of a running, unpaused clock: what "breaching soon" sorts on */
  @Column({ type: 'timestamptz', nullable: true }) dueAt: Date | null;
  /** earliest reminder or due still to act on (the sweeper's index) */
  @Column({ type: 'timestamptz', nullable: true }) nextCheckAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) type: NotificationType;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'uuid', nullable: true }) conversationId: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
  /** (user, key) is unique: a repeated job that notifies again changes nothing */
  @Column({ type: 'text', nullable: true }) dedupeKey: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** When each member last got an automatic assignment in an inbox: round robin picks the longest idle. */
@Entity('assignment_cursor')
export class AssignmentCursorEntity {
  @PrimaryColumn('uuid') inboxId: string;
  @PrimaryColumn('uuid') userId: string;
  @Column({ type: 'timestamptz' }) lastAssignedAt: Date;
}
