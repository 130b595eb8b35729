import { runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/**
 * The earliest engage or close date of the deals stored, YYYY-MM-DD; null without deals. Read from the
 * pipeline's table: the day an imported org's memberships start by default, so history counts.
 */
export async function earliestDealDate(runner: Runner): Promise<string | null> {
  const [row] = await runSql<{ first: string | null }>(
    runner,
    sql`SELECT to_char(least(min(engage_date), min(close_date)), 'YYYY-MM-DD') AS first FROM deal`,
  );
  return row?.first ?? null;
}
