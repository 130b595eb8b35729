import { UserEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { ToolCategory, ToolStatus } from './tool-kinds';

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
