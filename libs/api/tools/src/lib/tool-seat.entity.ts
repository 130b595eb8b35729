import { RepEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SalesToolEntity } from './tool.entity';

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
