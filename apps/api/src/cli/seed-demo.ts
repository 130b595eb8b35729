import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type AppConfig } from '@salesops/api/core';
import { type OrgSeedResult, seedDemoOrg } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { seedDemoTools, SurveyService } from '@salesops/api/tools';
import { type DataSource } from 'typeorm';

export interface DemoSeedResult extends OrgSeedResult {
  deals: number;
  rejected: number;
  tools: number;
  surveyResponses: number;
}

/** Loads the demo data set (org, the pipeline, then the tool inventory and a survey) when the database has no users yet. */
export async function seedDemoIfEmpty(app: INestApplicationContext, config: AppConfig): Promise<DemoSeedResult | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users: { count: string }[] = await dataSource.query('SELECT count(*) AS count FROM app_user');
  if (Number(users[0]?.count ?? 0) > 0) return null;
  const org = await seedDemoOrg(dataSource, config.demoDataDir);
  const job = await seedDemoPipeline(dataSource, config.demoDataDir);
  if (job.error) throw new Error(`The demo deals did not load: ${job.error}`);
  const surveys = app.get(SurveyService);
  const tools = await seedDemoTools(dataSource, (surveyId, repId) => surveys.respondentKey(surveyId, repId));
  return { ...org, deals: job.inserted + job.updated + job.unchanged, rejected: job.rejected, tools: tools.tools, surveyResponses: tools.responses };
}
