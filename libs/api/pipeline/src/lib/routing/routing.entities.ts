import { RepEntity } from '@salesops/api/org';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  VersionColumn,
} from 'typeorm';

import { DealEntity } from '../deal.entity';

/** How a rep takes part in lead routing. Reps without a rule take part with weight 1, no cap. */
@Entity('routing_rule')
@Check('ck_routing_weight', '"weight" BETWEEN 0 AND 100')
@Check('ck_routing_capacity', '"capacity_per_month" IS NULL OR "capacity_per_month" >= 0')
export class RoutingRuleEntity {
  @PrimaryColumn({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @OneToOne(() => RepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  /** Relative share of new leads; 0 takes the rep out of routing. */
  @Column({ type: 'smallint', default: 1 })
  weight!: number;

  /** Most routed leads per calendar month; null for no cap. */
  @Column({ name: 'capacity_per_month', type: 'integer', nullable: true })
  capacityPerMonth!: number | null;

  /** Smooth weighted round robin state. */
  @Column({ type: 'integer', default: 0 })
  credit!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A rep's days away (inclusive); routing skips them on those days. */
@Entity('rep_absence')
@Check('ck_absence_range', '"ends_on" >= "starts_on"')
export class RepAbsenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('ix_absence_rep')
  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;
}

/** Why a deal went to a rep (or to nobody), kept for every routing decision. */
@Entity('routing_decision')
export class RoutingDecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('ix_decision_deal')
  @Column({ name: 'deal_id', type: 'uuid' })
  dealId!: string;

  @ManyToOne(() => DealEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealEntity;

  @Index('ix_decision_rep')
  @Column({ name: 'rep_id', type: 'uuid', nullable: true })
  repId!: string | null;

  @ManyToOne(() => RepEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity | null;

  @Index('ix_decision_time')
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  decidedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  /** The facts behind `reason` (RoutingExplanation), so clients can word it; null on older rows. */
  @Column({ type: 'jsonb', nullable: true })
  explanation!: unknown;
}
