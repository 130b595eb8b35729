import { type EntityManager } from 'typeorm';

import { type ChangeSource } from '../deal-stage-change.entity';
import { plainArrayLiteral, textArrayLiteral } from './array-literal';
import { type DealRow } from './deal-row';
import { timeOrderedIds } from './time-ordered-ids';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts or updates a batch of deals in one statement, keyed on the CRM's external id. A row equal to
 * what is stored is left alone (re-importing a file changes nothing); a stage change is recorded in
 * deal_stage_change in the same statement, and an expected close date moved later counts as a push. A row without a rep keeps the rep the deal has (lead
 * routing may have assigned one). A row's warnings replace the deal's (a fixed row clears them). External ids must be unique within the batch.
 * New deals and history rows get time-ordered ids, so they go in at the end of their indexes (decision 0033);
 * a deal that is updated keeps its id.
 */
export async function upsertDeals(
  manager: EntityManager,
  rows: DealRow[],
  source: ChangeSource,
  importJobId: string | null,
): Promise<UpsertCounts> {
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  // The batch goes as one array literal per column (array-literal.ts). The four references are numbers
  // into one list of the ids they name: a batch names a few thousand reps, accounts, products and stages
  // 20,000 times, and PostgreSQL reads a short number in a tenth of the time it reads a 36-character id.
  const references = new Map<string, number>();
  const referenced: string[] = [];
  const numberOf = (id: string | null): string | null => {
    if (!id) return null;
    let number = references.get(id);
    if (number === undefined) {
      number = referenced.push(id);
      references.set(id, number);
    }
    return String(number);
  };
  const plain = (value: (row: DealRow) => string | null) => plainArrayLiteral(rows.map(value));
  const result: { inserted: string; updated: string }[] = await manager.query(
    `WITH incoming AS (
       SELECT i.external_id, ($16::uuid[])[i.rep_n] AS rep_id, ($16::uuid[])[i.account_n] AS account_id,
              ($16::uuid[])[i.product_n] AS product_id, i.amount_minor, i.currency, ($16::uuid[])[i.stage_n] AS stage_id,
              i.engage_date, i.expected_close_date, i.close_date, string_to_array(i.warning_list, ',') AS warnings, i.id, i.change_id
         FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::bigint[], $6::text[], $7::int[], $8::date[], $9::date[], $10::date[], $13::text[], $14::uuid[], $15::uuid[])
           AS i(external_id, rep_n, account_n, product_n, amount_minor, currency, stage_n, engage_date, expected_close_date, close_date, warning_list, id, change_id)
     ),
     previous AS (
       -- One probe of the external id's index per row: a plain join lets the planner read all of deal
       -- (a million rows) once per batch, the limit keeps it a nested loop (external ids are unique).
       SELECT i.external_id, d.stage_id
         FROM incoming i JOIN LATERAL (SELECT d.stage_id FROM deal d WHERE d.external_id = i.external_id LIMIT 1) d ON true
     ),
     upserted AS (
       INSERT INTO deal (id, external_id, rep_id, account_id, product_id, amount_minor, currency, stage_id, engage_date, expected_close_date, close_date, warnings)
       SELECT id, external_id, rep_id, account_id, product_id, amount_minor, currency, stage_id, engage_date, expected_close_date, close_date, warnings
         FROM incoming
       ON CONFLICT (external_id) DO UPDATE SET
         rep_id = coalesce(EXCLUDED.rep_id, deal.rep_id), account_id = EXCLUDED.account_id, product_id = EXCLUDED.product_id,
         amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, stage_id = EXCLUDED.stage_id,
         engage_date = EXCLUDED.engage_date, expected_close_date = EXCLUDED.expected_close_date, close_date = EXCLUDED.close_date,
         warnings = EXCLUDED.warnings,
         close_date_pushes = deal.close_date_pushes + coalesce((EXCLUDED.expected_close_date > deal.expected_close_date)::int, 0),
         updated_at = now(), version = deal.version + 1
       WHERE (deal.rep_id, deal.account_id, deal.product_id, deal.amount_minor, deal.currency, deal.stage_id,
              deal.engage_date, deal.expected_close_date, deal.close_date, deal.warnings)
         IS DISTINCT FROM
             (coalesce(EXCLUDED.rep_id, deal.rep_id), EXCLUDED.account_id, EXCLUDED.product_id, EXCLUDED.amount_minor, EXCLUDED.currency, EXCLUDED.stage_id,
              EXCLUDED.engage_date, EXCLUDED.expected_close_date, EXCLUDED.close_date, EXCLUDED.warnings)
       RETURNING id, external_id, stage_id, engage_date, close_date
     ),
     changes AS (
       INSERT INTO deal_stage_change (id, deal_id, from_stage_id, to_stage_id, changed_on, source, import_job_id)
       SELECT i.change_id, u.id, p.stage_id, u.stage_id, coalesce(u.close_date, u.engage_date, current_date), $11::change_source, $12::uuid
         FROM upserted u JOIN incoming i ON i.external_id = u.external_id LEFT JOIN previous p ON p.external_id = u.external_id
        WHERE p.stage_id IS DISTINCT FROM u.stage_id
       RETURNING 1
     )
     SELECT count(*) FILTER (WHERE p.external_id IS NULL) AS inserted,
            count(*) FILTER (WHERE p.external_id IS NOT NULL) AS updated
       FROM upserted u LEFT JOIN previous p ON p.external_id = u.external_id`,
    [
      textArrayLiteral(rows.map((row) => row.externalId)),
      plain((row) => numberOf(row.repId)),
      plain((row) => numberOf(row.accountId)),
      plain((row) => numberOf(row.productId)),
      plain((row) => row.amountMinor),
      textArrayLiteral(rows.map((row) => row.currency)),
      plain((row) => numberOf(row.stageId)),
      plain((row) => row.engageDate),
      plain((row) => row.expectedCloseDate),
      plain((row) => row.closeDate),
      source,
      importJobId,
      textArrayLiteral(rows.map((row) => row.warnings.join(','))),
      plainArrayLiteral(timeOrderedIds(rows.length)),
      plainArrayLiteral(timeOrderedIds(rows.length)),
      // Last: the numbers above fill it.
      plainArrayLiteral(referenced),
    ],
  );
  const inserted = Number(result[0]?.inserted ?? 0);
  const updated = Number(result[0]?.updated ?? 0);
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}
