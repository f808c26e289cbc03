import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { QuickReplyScope } from '@parley/contracts';

@Entity('quick_replies')
export class QuickReplyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) shortcut: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) scope: QuickReplyScope;
  @Column({ type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ type: 'int', default: 0 }) usageCount: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
