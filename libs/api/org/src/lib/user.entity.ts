import { Role } from '@salesops/api/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { RepEntity } from './rep.entity';

@Entity('app_user')
// Emails are unique case-insensitively (expression index kept by the migration).
@Index('uq_app_user_email', { synchronize: false })
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** argon2id; null means the account cannot sign in with a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Index('uq_app_user_rep', { unique: true })
  @Column({ name: 'rep_id', type: 'uuid', nullable: true })
  repId!: string | null;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
