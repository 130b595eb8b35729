import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Something the company sells. */
@Entity('product')
export class ProductEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** matchKey(name): "GTX Pro" in the product list and "GTXPro" in the pipeline export meet here. */
  @Index('uq_product_match_key', { unique: true })
  @Column({ name: 'match_key', type: 'varchar', length: 120 })
  matchKey!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  series!: string | null;

  @Column({ name: 'list_price_minor', type: 'bigint', nullable: true })
  listPriceMinor!: string | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
