import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { seedDemoCompensation } from '@salesops/api/compensation';
import { type AppConfig } from '@salesops/api/core';
import { seedDemoForecasting } from '@salesops/api/forecasting';
import { seedDemoGoals } from '@salesops/api/goals';
import { type OrgSeedResult, seedDemoOrg } from '@salesops/api/org';
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

/**
 * Loads the demo data set when the database has no users yet: the org, the pipeline, the tool inventory and a
 * survey, the fiscal year's goals, then a comp plan with its quarters closed and their statements frozen, and the
 * year's forecast calls and quarter-start forecast snapshots.
 */
export async function seedDemoIfEmpty(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<DemoSeedResult | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users: { count: string }[] = await dataSource.query('SELECT count(*) AS count FROM app_user');
  if (Number(users[0]?.count ?? 0) > 0) return null;
  const org = await seedDemoOrg(dataSource, config.demoDataDir);
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
