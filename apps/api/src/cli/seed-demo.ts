import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { seedDemoCompensation } from '@salesops/api/compensation';
import { type AppConfig } from '@salesops/api/core';
import { seedDemoForecasting } from '@salesops/api/forecasting';
import { seedDemoGoals } from '@salesops/api/goals';
import {
  type DemoPasswords,
  type OrgSeedResult,
  seedDemoOrg,
  WELL_KNOWN_DEMO_PASSWORDS,
} from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { seedDemoTools, SurveyService } from '@salesops/api/tools';
import { type DataSource } from 'typeorm';

export interface DemoSeedResult extends OrgSeedResult {
  deals: number;
  rejected: number;
  tools: number;
  surveyResponses: number;
  goals: number;
  statements: number;
  forecastCalls: number;
}

/** The fiscal year the demo data set covers: goals, the comp plan and its closed quarters are set for it. */
export const DEMO_FISCAL_YEAR = 'FY2017';

/** What a database already holds that the demo must not mix with: the count of each kind, zeros left out. */
export async function heldData(dataSource: DataSource): Promise<Record<string, number>> {
  const [row]: Record<string, string>[] = await dataSource.query(
    `SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM rep) AS reps,
            (SELECT count(*) FROM team) AS teams, (SELECT count(*) FROM deal) AS deals,
            (SELECT count(*) FROM sales_stage) AS "sales stages", (SELECT count(*) FROM sales_tool) AS "sales tools"`,
  );
  return Object.fromEntries(
    Object.entries(row)
      .map(([kind, count]) => [kind, Number(count)] as const)
      .filter(([, count]) => count > 0),
  );
}

/** The demo was asked for on a database that already holds data. */
export class DemoRefusedError extends Error {
  constructor(readonly held: Record<string, number>) {
    super(
      `This database already holds data (${Object.entries(held)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ')}): the demo loads only into an empty database, so that its made-up reps, deals and ` +
        'logins never mix with real ones. Point DATABASE_URL at a new database for the demo.',
    );
  }
}

/**
 * Loads the demo data set into an empty database: the org, the pipeline, the tool inventory and a survey,
 * the fiscal year's goals, then a comp plan with its quarters closed and their statements frozen, and the
 * year's forecast calls and quarter-start forecast snapshots. Refuses (DemoRefusedError) a database that
 * holds anything. `passwords`: the demo logins' (the README's well-known ones by default).
 */
export async function seedDemo(
  app: INestApplicationContext,
  config: AppConfig,
  passwords: DemoPasswords = WELL_KNOWN_DEMO_PASSWORDS,
): Promise<DemoSeedResult> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const held = await heldData(dataSource);
  if (Object.keys(held).length > 0) throw new DemoRefusedError(held);
  const org = await seedDemoOrg(dataSource, config.demoDataDir, passwords);
  const job = await seedDemoPipeline(dataSource, config.demoDataDir);
  if (job.error) throw new Error(`The demo deals did not load: ${job.error}`);
  const surveys = app.get(SurveyService);
  const tools = await seedDemoTools(dataSource, (surveyId, repId) => surveys.respondentKey(surveyId, repId));
  const goals = await seedDemoGoals(dataSource, DEMO_FISCAL_YEAR, {
    startMonth: config.fiscalYearStartMonth,
  });
  const pay = await seedDemoCompensation(app, DEMO_FISCAL_YEAR);
  const forecasts = await seedDemoForecasting(app, DEMO_FISCAL_YEAR);
  return {
    ...org,
    deals: job.inserted + job.updated + job.unchanged,
    rejected: job.rejected,
    tools: tools.tools,
    surveyResponses: tools.responses,
    goals,
    statements: pay?.statements ?? 0,
    forecastCalls: forecasts?.calls ?? 0,
  };
}

/** The demo when the database is empty; null when it holds data (the embedded database's later starts). */
export async function seedDemoIfEmpty(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<DemoSeedResult | null> {
  try {
    return await seedDemo(app, config);
  } catch (error) {
    if (error instanceof DemoRefusedError) return null;
    throw error;
  }
}
