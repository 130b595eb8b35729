import './register-aliases';

import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, AppError, Role } from '@salesops/api/core';
import { DEMO_ADMIN_EMAIL, DEMO_DOMAIN, UserService, WELL_KNOWN_DEMO_PASSWORDS } from '@salesops/api/org';
import { DEFAULT_STAGES, ensureDefaultSalesProcess } from '@salesops/api/pipeline';
import { type DataSource } from 'typeorm';

import { AppModule } from './app/app.module';
import { openDatabase } from './app/database';
import { exportSchema } from './cli/export-schema';
import { generateMigration } from './cli/migrations';
import { seedDemo } from './cli/seed-demo';

const USAGE = `Usage: node cli.js <command>
  migrate                       apply every pending migration and stop
  seed-demo [--demo-passwords]  load the demo data set into an empty database; on PostgreSQL its logins get
                                a password generated and printed once, or the README's with --demo-passwords
  create-admin --email E --name N   create an admin; password from ADMIN_PASSWORD or generated and printed once;
                                a database without a sales process gets the default one
  export-schema [file]          write the GraphQL schema (default schema.graphql)
  generate-migration <Name>     write a migration for what the entities need (apps/api/src/migrations)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function withApp<T>(
  run: (
    app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>,
    config: AppConfig,
  ) => Promise<T>,
): Promise<T> {
  const config = new AppConfig();
  const database = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.register(config, database), {
    logger: ['error', 'warn'],
  });
  try {
    return await run(app, config);
  } finally {
    await app.close();
    await database.stop();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'migrate': {
      // Migrations run when the application context starts; nothing else to do.
      await withApp(async () => undefined);
      console.log('Migrations applied.');
      return;
    }
    case 'seed-demo': {
      // The well-known passwords only where the user asked for a demo: the embedded database, or the flag.
      const wellKnown = args.includes('--demo-passwords') || !process.env['DATABASE_URL'];
      const passwords = wellKnown
        ? WELL_KNOWN_DEMO_PASSWORDS
        : { admin: randomBytes(15).toString('base64url'), others: randomBytes(15).toString('base64url') };
      const result = await withApp((app, config) => seedDemo(app, config, passwords));
      console.log(
        `Loaded ${result.reps} reps, ${result.teams} teams, ${result.regions} regions, ${result.deals} deals, ${result.tools} sales tools and ${result.surveyResponses} survey answers.`,
      );
      console.log(
        wellKnown
          ? `Demo logins: ${DEMO_ADMIN_EMAIL} / ${passwords.admin}; every manager and rep (<first.last>@${DEMO_DOMAIN}) / ${passwords.others}.`
          : `Demo logins (passwords shown once): ${DEMO_ADMIN_EMAIL} / ${passwords.admin}; every manager and rep (<first.last>@${DEMO_DOMAIN}) / ${passwords.others}.`,
      );
      return;
    }
    case 'create-admin': {
      const email = option(args, 'email');
      const name = option(args, 'name') ?? 'Administrator';
      if (!email) throw new Error('create-admin needs --email');
      const generated = !process.env['ADMIN_PASSWORD'];
      const password = process.env['ADMIN_PASSWORD'] ?? randomBytes(15).toString('base64url');
      const { user, stages } = await withApp(async (app) => ({
        user: await app.get(UserService).create({ email, name, role: Role.ADMIN, password }),
        stages: await ensureDefaultSalesProcess(app.get<DataSource>(getDataSourceToken())),
      }));
      console.log(`Created admin ${user.email}.${generated ? ` Password (shown once): ${password}` : ''}`);
      if (stages > 0)
        console.log(
          `The database had no sales process: it now has the default one (${DEFAULT_STAGES.map((stage) => stage.name).join(', ')}); edit it on the Sales process page.`,
        );
      return;
    }
    case 'export-schema': {
      const file = resolve(args[0] ?? 'schema.graphql');
      await exportSchema(file);
      console.log(`Wrote ${file}`);
      return;
    }
    case 'generate-migration': {
      const name = args[0];
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
        throw new Error('generate-migration needs a name like AddGoals');
      const config = new AppConfig();
      const database = await openDatabase(config);
      try {
        const file = await generateMigration(database, name, resolve('apps/api/src/migrations'));
        console.log(
          file
            ? `Wrote ${file}; add it to apps/api/src/migrations/index.ts`
            : 'The entities and migrations agree; nothing to generate.',
        );
      } finally {
        await database.stop();
      }
      return;
    }
    default:
      console.log(USAGE);
      if (command) process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof AppError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
