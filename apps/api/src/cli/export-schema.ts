import { writeFileSync } from 'node:fs';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { COMPENSATION_RESOLVERS } from '@salesops/api/compensation';
import { AUDIT_RESOLVERS, SCALARS_MAP } from '@salesops/api/core';
import { FORECASTING_RESOLVERS } from '@salesops/api/forecasting';
import { GOALS_RESOLVERS } from '@salesops/api/goals';
import { ORG_RESOLVERS } from '@salesops/api/org';
import { PIPELINE_RESOLVERS } from '@salesops/api/pipeline';
import { TOOLS_RESOLVERS } from '@salesops/api/tools';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The resolvers whose types make up the public schema; every area adds its own here. */
export const RESOLVERS = [
  ...AUDIT_RESOLVERS,
  ...ORG_RESOLVERS,
  ...PIPELINE_RESOLVERS,
  ...GOALS_RESOLVERS,
  ...TOOLS_RESOLVERS,
  ...COMPENSATION_RESOLVERS,
  ...FORECASTING_RESOLVERS,
];

/** Prints the code-first schema without a database, sorted like the running server's. */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS, { scalarsMap: SCALARS_MAP });
  await app.close();
  return `# Generated from the API's code by \`npm run schema:generate\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function exportSchema(path: string): Promise<void> {
  writeFileSync(path, await buildSchemaText());
}
