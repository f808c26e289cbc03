import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChannelType } from '@parley/contracts';

/** Settings that later features read (business hours, auto-replies, SLA, assignment); validated by their owners. */
export interface InboxSettings {
  businessHours?: unknown;
  autoReplies?: unknown[];
  autoAssignment?: { mode: 'round_robin' | 'balanced'; capacity?: number } | null;
  autoResolveHours?: number | null;
  /** days after which resolved conversations are deleted (nightly); absent or null keeps them */
  retentionDays?: number | null;
}

@Entity('inboxes')
export class InboxEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) channel: ChannelType;
  /** page id, Instagram account id or WhatsApp phone number id */
  @Column({ type: 'text', nullable: true }) platformAccountId: string | null;
  // Secrets: never selected by default, never mapped into a response.
  @Column({ type: 'text', nullable: true, select: false }) appSecret: string | null;
  @Column({ type: 'text', nullable: true, select: false }) accessToken: string | null;
  @Column({ type: 'text', nullable: true }) verifyToken: string | null;
  @Column({ type: 'boolean', default: false }) hasAppSecret: boolean;
  @Column({ type: 'boolean', default: false }) hasAccessToken: boolean;
  @Column({ type: 'boolean', default: true }) unarchiveOnIncoming: boolean;
  @Column({ type: 'boolean', default: false }) credentialsInvalid: boolean;
  @Column({ type: 'jsonb', default: () => "'{}'" }) settings: InboxSettings;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('inbox_members')
export class InboxMemberEntity {
  @PrimaryColumn('uuid') inboxId: string;
  @PrimaryColumn('uuid') userId: string;
}
