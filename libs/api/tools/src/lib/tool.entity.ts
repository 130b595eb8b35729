import { RepEntity, UserEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

export enum ToolCategory {
  CRM = 'CRM',
  EMAIL = 'EMAIL',
  DIALER = 'DIALER',
  SALES_ENGAGEMENT = 'SALES_ENGAGEMENT',
  FORECASTING = 'FORECASTING',
  CONTENT = 'CONTENT',
  OTHER = 'OTHER',
}

export enum ToolStatus {
  EVALUATING = 'EVALUATING',
  ACTIVE = 'ACTIVE',
  RETIRING = 'RETIRING',
  RETIRED = 'RETIRED',
}

/** A tool the sales team pays for: what it costs, how many seats, when the contract renews. */
@Entity('sales_tool')
@Index('uq_sales_tool_name', { synchronize: false })
@Check('ck_sales_tool_cost', '"cost_per_seat_minor" >= 0')
@Check('ck_sales_tool_seats', '"seats_bought" >= 0')
export class SalesToolEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'enum', enum: ToolCategory, enumName: 'tool_category' })
  category!: ToolCategory;

  @Column({ type: 'varchar', length: 120, nullable: true })
  vendor!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity | null;

  @Column({ type: 'enum', enum: ToolStatus, enumName: 'tool_status', default: ToolStatus.ACTIVE })
  status!: ToolStatus;

  /** Per seat and month, in minor units of `currency`. */
  @Column({ name: 'cost_per_seat_minor', type: 'bigint', default: 0 })
  costPerSeatMinor!: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'seats_bought', type: 'int', default: 0 })
  seatsBought!: number;

  @Column({ name: 'renewal_date', type: 'date', nullable: true })
  renewalDate!: string | null;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A rep's seat on a tool, from one day until (excluded) another; open-ended while held. */
@Entity('tool_seat')
@Index('uq_tool_seat_active', ['toolId', 'repId'], { unique: true, where: '"ends_on" IS NULL' })
@Index('ix_tool_seat_rep', ['repId'])
@Check('ck_tool_seat_range', '"ends_on" IS NULL OR "ends_on" > "starts_on"')
export class ToolSeatEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'tool_id', type: 'uuid' })
  toolId!: string;

  @ManyToOne(() => SalesToolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tool_id' })
  tool?: SalesToolEntity;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
