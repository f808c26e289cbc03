import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A customer as one channel knows them: identity is (inbox, platform id). */
@Entity('contacts')
@Unique('uq_contacts_inbox_platform', ['inboxId', 'platformId'])
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) inboxId: string;
  @Column({ type: 'text' }) platformId: string;
  @Column({ type: 'text', nullable: true }) name: string | null;
  @Column({ type: 'text', nullable: true }) avatarUrl: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) customAttributes: Record<string, unknown>;
  @Column({ type: 'timestamptz', nullable: true }) profileFetchedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
