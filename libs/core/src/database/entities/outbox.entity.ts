import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs and realtime events written in the same transaction as the change that causes them; the relay
 * sends them after commit, and they wait here while Redis is down.
 */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) kind: 'job' | 'realtime';
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  /** jobs: BullMQ options (jobId, delay); realtime: the audience */
  @Column({ type: 'jsonb', default: () => "'{}'" }) options: Record<string, unknown>;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
