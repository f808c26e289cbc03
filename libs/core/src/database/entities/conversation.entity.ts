import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ConversationStatus, Priority } from '@parley/contracts';

/** One thread per (inbox, contact): a new message reopens it rather than starting another. */
@Entity('conversations')
@Unique('uq_conversations_inbox_contact', ['inboxId', 'contactId'])
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'uuid' }) contactId: string;
  @Column({ type: 'text', default: 'open' }) status: ConversationStatus;
  @Column({ type: 'boolean', default: false }) archived: boolean;
  @Column({ type: 'text', default: 'none' }) priority: Priority;
  /** 0 none .. 4 urgent, for sorting by priority */
  @Column({ type: 'smallint', default: 0 }) priorityRank: number;
  @Column({ type: 'uuid', nullable: true }) assigneeId: string | null;
  @Column({ type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) snoozedUntil: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) lastMessageAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastIncomingAt: Date | null;
  /** the latest reply from a human (agent or the page's native app); notes and automation excluded */
  @Column({ type: 'timestamptz', nullable: true }) lastReplyAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) firstReplyAt: Date | null;
  /** oldest customer message since our last reply; null when answered ("unanswered" = not null) */
  @Column({ type: 'timestamptz', nullable: true }) waitingSince: Date | null;
  @Column({ type: 'int', default: 0 }) unreadCount: number;
  @Column({ type: 'text', nullable: true }) snippet: string | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  /** who controls the thread under Meta's handover protocol: null for Parley, else the other app (its id, or 'another app') */
  @Column({ type: 'text', nullable: true }) threadController: string | null;
  /** bumped on every change, so realtime clients can drop stale updates */
  @Column({ type: 'bigint', default: 1 }) version: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('conversation_tags')
export class ConversationTagEntity {
  @PrimaryColumn('uuid') conversationId: string;
  @PrimaryColumn('uuid') tagId: string;
}
