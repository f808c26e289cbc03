import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Kept when the thing it describes is gone (deleted conversations, erased contacts). Append-only. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) targetType: string;
  @Column({ type: 'text' }) targetId: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, unknown>;
  /** where the request came from */
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
