import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what and when: the activity trail and what reports read. */
@Entity('conversation_events')
@Index('idx_conversation_events_conversation', ['conversationId', 'id'])
export class ConversationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) conversationId: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
  @Index() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
