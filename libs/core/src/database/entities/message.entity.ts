import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Attachment, DeliveryStatus, MessageDirection, MessageKind, SenderType } from '@parley/contracts';

export interface MessageReaction { emoji: string; by: 'contact' | 'agent' }
export interface MessageEdit { text: string | null; editedAt: string }

@Entity('messages')
@Index('idx_messages_conversation_sent', ['conversationId', 'sentAt', 'id'])
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) conversationId: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'text' }) direction: MessageDirection;
  @Column({ type: 'text' }) kind: MessageKind;
  @Column({ type: 'text' }) senderType: SenderType;
  @Column({ type: 'uuid', nullable: true }) senderUserId: string | null;
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments: Attachment[];
  /** unique per inbox (partial unique index in the migration): the idempotency key of ingestion */
  @Column({ type: 'text', nullable: true }) platformMessageId: string | null;
  @Column({ type: 'text', nullable: true }) deliveryStatus: DeliveryStatus | null;
  @Column({ type: 'jsonb', nullable: true }) deliveryError: { code: string; message: string } | null;
  @Column({ type: 'uuid', nullable: true }) replyToId: string | null;
  @Column({ type: 'text', nullable: true }) replyToPlatformId: string | null;
  @Column({ type: 'text', nullable: true }) payload: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) reactions: MessageReaction[];
  /** previous versions, oldest first, kept for the audit */
  @Column({ type: 'jsonb', default: () => "'[]'" }) editHistory: MessageEdit[];
  @Column({ type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) quickReplyId: string | null;
  /** set just before the platform is called: a retry after a crash checks for the echo instead of resending */
  @Column({ type: 'timestamptz', nullable: true }) sendStartedAt: Date | null;
  @Column({ type: 'int', default: 0 }) deliveryAttempts: number;
  /** arrived while another app controlled the thread (Meta handover): context, not waiting for an answer */
  @Column({ type: 'boolean', default: false }) standby: boolean;
  /** the platform's time for incoming messages; ours for outgoing ones */
  @Column({ type: 'timestamptz' }) sentAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
