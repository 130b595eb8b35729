import { type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type AppConfig } from '@salesops/api/core';
import { type OrgSeedResult, seedDemoOrg } from '@salesops/api/org';
import { type DataSource } from 'typeorm';

/** Loads the demo data set when the database has no users yet; returns what it loaded. */
export async function seedDemoIfEmpty(app: INestApplicationContext, config: AppConfig): Promise<OrgSeedResult | null> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const users: { count: string }[] = await dataSource.query('SELECT count(*) AS count FROM app_user');
  if (Number(users[0]?.count ?? 0) > 0) return null;
  return seedDemoOrg(dataSource, config.demoDataDir);
}
