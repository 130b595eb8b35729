import './production-env';
import './register-aliases';

import { Logger } from '@nestjs/common';
import { AppConfig } from '@salesops/api/core';
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { createApp } from './app/create-app';
import { openDatabase } from './app/database';
import { seedDemoIfEmpty } from './cli/seed-demo';

async function bootstrap(): Promise<void> {
  const logger = new Logger('SalesOps');
  const config = new AppConfig();
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  if (database.embedded) {
    // First start of the embedded default: load the demo org so a newcomer has something to see.
    const seeded = await seedDemoIfEmpty(app, config);
    if (seeded)
      logger.log(
        `Loaded the demo data set: ${seeded.reps} reps in ${seeded.teams} teams under ${seeded.regions} regions, ${seeded.deals} deals, ${seeded.tools} sales tools, ${seeded.surveyResponses} survey answers, ${seeded.goals} goals, ${seeded.statements} payout statements, ${seeded.forecastCalls} forecast calls`,
      );
  }
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.log(
    `Sales Ops Platform is up at ${url} (${database.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL'})`,
  );
  if (database.embedded)
    logger.log(`Demo login: ${DEMO_ADMIN_EMAIL} / ${DEMO_ADMIN_PASSWORD} (more in the README)`);
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

void bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
