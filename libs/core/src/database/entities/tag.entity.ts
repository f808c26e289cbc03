import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('tags')
export class TagEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** unique case-insensitively (index in the migration) */
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) color: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
