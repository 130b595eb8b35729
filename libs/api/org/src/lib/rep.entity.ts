import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { TeamEntity } from './team.entity';

@Entity('rep')
// Emails are unique case-insensitively (expression index kept by the migration).
@Index('uq_rep_email', { synchronize: false })
export class RepEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index('ix_rep_team')
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** Calendar date YYYY-MM-DD. */
  @Column({ name: 'hire_date', type: 'date', nullable: true })
  hireDate!: string | null;

  /** Reps are deactivated, never deleted: their deals and pay history stay theirs. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
