import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { RepEntity } from './rep.entity';
import { TeamEntity } from './team.entity';

/**
 * Effective-dated team membership: a rep who moves mid-period counts for each team for the days
 * they were in it. `validTo` is exclusive; the open row (null) is the current team.
 */
@Entity('rep_team_membership')
@Index('ix_membership_rep', ['repId', 'validFrom'])
@Check('ck_membership_range', '"valid_to" IS NULL OR "valid_to" > "valid_from"')
export class RepTeamMembershipEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Index('ix_membership_team')
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;
}
