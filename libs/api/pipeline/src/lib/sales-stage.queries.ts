import { runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** Holds the sales stages against other writers (a SHARE ROW EXCLUSIVE lock) until the transaction ends. */
export async function lockSalesStages(runner: Runner): Promise<void> {
  await runSql(runner, sql`LOCK TABLE sales_stage IN SHARE ROW EXCLUSIVE MODE`);
}

/** Whether any deal is in the stage. */
export async function stageHasDeals(runner: Runner, stageId: string): Promise<boolean> {
  const rows = await runSql(runner, sql`SELECT 1 FROM deal WHERE stage_id = ${stageId} LIMIT 1`);
  return rows.length > 0;
}

/** Sets the stages' positions: the stage `ids[i]` goes to `positions[i]`. */
export async function setStagePositions(
  runner: Runner,
  ids: readonly string[],
  positions: readonly number[],
): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE sales_stage s SET position = n.position FROM unnest(${ids}::uuid[], ${positions}::int[]) AS n(id, position) WHERE s.id = n.id`,
  );
}

/** Whether a stage other than `exceptId` (any, when null) has this name, ignoring case. */
export async function stageNameTaken(
  runner: Runner,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await runSql(
    runner,
    sql`SELECT 1 FROM sales_stage WHERE lower(name) = lower(${name}) AND (${exceptId}::uuid IS NULL OR id <> ${exceptId})`,
  );
  return rows.length > 0;
}

/** A stage of the default sales process. */
export interface DefaultStage {
  name: string;
  kind: 'OPEN' | 'WON' | 'LOST';
  winProbability: number;
}

/**
 * Gives a database without any stage the default sales process, in funnel order; a database with stages
 * keeps its own. The number of stages added (0 when there were some).
 */
export async function addDefaultStagesIfNone(
  runner: Runner,
  stages: readonly DefaultStage[],
): Promise<number> {
  const added = await runSql<{ id: string }>(
    runner,
    sql`INSERT INTO sales_stage (id, name, position, kind, win_probability)
        SELECT gen_random_uuid(), s.name, s.position, s.kind::stage_kind, s.win_probability
          FROM unnest(${stages.map((s) => s.name)}::text[], ${stages.map((s) => s.kind)}::text[],
                      ${stages.map((s) => s.winProbability)}::int[]) WITH ORDINALITY AS s(name, kind, win_probability, position)
         WHERE NOT EXISTS (SELECT 1 FROM sales_stage)
        RETURNING id`,
  );
  return added.length;
}
