import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type Principal, Role } from '@salesops/api/core';
import { type DataSource } from 'typeorm';

import { AcknowledgementService } from '../acknowledgement.service';
import { CompPlanService } from '../comp-plan.service';
import { CurveKind, MeasureScopeKind, PlanMetricKind } from '../dtos/plan-rules.dto';
import { PayFrequency } from '../entities/plan-version-status';
import { PayPeriodService } from '../pay-period.service';
import { PlanAssignmentService } from '../plan-assignment.service';
import { PayoutService } from '../statements/payout.service';
import { StatementService } from '../statements/statement.service';

export interface CompensationSeedResult {
  assigned: number;
  acknowledged: number;
  statements: number;
}

const TIERED = {
  kind: CurveKind.TIERED,
  threshold: '0.5',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
  cap: '2',
};

export const DEMO_PLAN_DOCUMENT = `# Account Executive plan, FY2017

Your variable pay is **$10,000 a quarter at 100% of goal**, paid on two measures:

| Measure | Weight | Reads |
| --- | --- | --- |
| Your own won revenue | 75% | your deals won in the quarter, by close date, against your quarterly goal |
| Your team's won revenue | 25% | the deals your team won in the quarter against the team's goal |

## How a measure pays

- Under **50%** of goal it pays nothing.
- From 50% to 100% it pays **1% of its share for every 1%** of goal, counted from zero: 80% pays 80%.
- Above 100% it pays **2% for every 1%** (the accelerator): 110% pays 100% + 2 × 10% = 120%.
- It pays at most **200%** of its share (the cap), which you reach at 150% of goal.

## Worked example

Goal $250,000, won $275,000: attainment 110%. Own measure: $10,000 × 75% × 120% = **$9,000.00**.
Team at 90%: $10,000 × 25% × 90% = **$2,250.00**. Total **$11,250.00**.

Every line is rounded once, half-up to the cent, and the total is the sum of the lines. If you change
plan or team during a quarter, each part of the quarter pays for its own days.
`;

/**
 * The demo's compensation: a 75/25 quarterly plan with an accelerator and a cap, assigned to every rep
 * from the start of the fiscal year, accepted by most reps (every seventh has not yet), the year's four
 * quarters closed with their statements frozen, and one open dispute. Goes through the services, so the
 * demo obeys the product's own rules. Only on a database without plans.
 */
export async function seedDemoCompensation(
  app: INestApplicationContext,
  fiscalYear: string,
): Promise<CompensationSeedResult | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM comp_plan');
  if (n > 0) return null;
  const statements = app.get(StatementService);
  const year = statements.payPeriod(fiscalYear);
  const [admin]: { id: string; name: string; email: string }[] = await dataSource.query(
    "SELECT id, name, email FROM app_user WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1",
  );
  if (!admin) return null;
  const asAdmin: Principal = {
    userId: admin.id,
    sessionId: 'demo-seed',
    role: Role.ADMIN,
    repId: null,
    name: admin.name,
    email: admin.email,
    kind: 'user',
  };
  const plans = app.get(CompPlanService);
  const draft = await plans.create({
    name: `Account Executive ${fiscalYear}`,
    content: {
      payFrequency: PayFrequency.QUARTER,
      effectiveFrom: year.start,
      effectiveTo: null,
      document: DEMO_PLAN_DOCUMENT,
      rules: {
        currency: 'USD',
        targetVariableMinor: '1000000',
        measures: [
          {
            key: 'own',
            label: 'Own won revenue',
            metric: PlanMetricKind.WON_REVENUE,
            scope: MeasureScopeKind.REP,
            weight: '0.75',
            curve: TIERED,
          },
          {
            key: 'team',
            label: 'Team won revenue',
            metric: PlanMetricKind.WON_REVENUE,
            scope: MeasureScopeKind.TEAM,
            weight: '0.25',
            curve: TIERED,
          },
        ],
      },
    },
  });
  const version = await plans.publish(draft.id);
  const reps: { id: string; user_id: string | null; name: string; email: string | null }[] =
    await dataSource.query(
      `SELECT r.id, u.id AS user_id, r.name, u.email FROM rep r LEFT JOIN app_user u ON u.rep_id = r.id ORDER BY lower(r.name)`,
    );
  const assigned = await app.get(PlanAssignmentService).assign({
    planVersionId: version.id,
    repIds: reps.map((r) => r.id),
    validFrom: year.start,
    validTo: null,
  });
  const acknowledgements = app.get(AcknowledgementService);
  const asRep = (rep: (typeof reps)[number]): Principal => ({
    userId: rep.user_id as string,
    sessionId: 'demo-seed',
    role: Role.REP,
    repId: rep.id,
    name: rep.name,
    email: rep.email ?? '',
    kind: 'user',
  });
  let acknowledged = 0;
  for (const [index, rep] of reps.entries()) {
    if (!rep.user_id || index % 7 === 3) continue;
    await acknowledgements.acknowledge(asRep(rep), {
      planVersionId: version.id,
      contentHash: version.contentHash,
    });
    acknowledged++;
  }
  const periods = app.get(PayPeriodService);
  for (let q = 1; q <= 4; q++) await periods.close(asAdmin, `${fiscalYear}-Q${q}`);
  const frozen: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM payout_statement');
  // One open question: the first rep with a user and a paying own line asks about their last quarter.
  const q4 = `${fiscalYear}-Q4`;
  for (const rep of reps) {
    if (!rep.user_id) continue;
    const statement = await statements.statement(asRep(rep), rep.id, q4);
    const own = statement?.lines.find((line) => line.measureKey === 'own' && line.amountMinor !== '0');
    if (!statement || !own) continue;
    await app.get(PayoutService).raise(asRep(rep), {
      period: q4,
      lineKey: own.key,
      note: 'A deal I closed on the last day of the quarter does not seem to be counted. Could you check?',
    });
    break;
  }
  return { assigned: assigned.length, acknowledged, statements: frozen[0].n };
}
