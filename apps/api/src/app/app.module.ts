import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompensationModule } from '@salesops/api/compensation';
import {
  answerPreloadedFields,
  AppConfig,
  AppErrorFilter,
  AuditModule,
  AuthGuard,
  CompiledExecution,
  formatGraphQLError,
  GraphiqlController,
  type GraphQLContext,
  IdempotencyPlugin,
  MAX_TOKENS,
  QUERY_LIMIT_RULES,
  RequestPolicyPlugin,
  ResponseCache,
  ResponseCachePlugin,
  SCALARS_MAP,
} from '@salesops/api/core';
import { ForecastingModule } from '@salesops/api/forecasting';
import { GoalsModule } from '@salesops/api/goals';
import { OrgModule } from '@salesops/api/org';
import { PipelineModule } from '@salesops/api/pipeline';
import { ToolsModule } from '@salesops/api/tools';

import { type DatabaseTarget, dataSourceOptions } from './data-source-options';
import { HealthController } from './health.controller';

const logger = new Logger('GraphQL');

// Apollo's default cache-control plugin wraps every field's resolver to work out cache hints (a hook per
// field of every row); nothing here sends cache hints (decision 0027). Cast because Apollo's types arrive
// twice, as CommonJS through @nestjs/apollo and as ESM here under the specs' module resolution.
const NO_CACHE_HINTS = ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<
  ApolloDriverConfig['plugins']
>[number];

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseTarget): DynamicModule {
    const execution = new CompiledExecution(config.graphqlCompileAfter);
    return {
      module: AppModule,
      imports: [
        {
          module: ConfigHolder,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
          global: true,
        },
        TypeOrmModule.forRoot({ ...dataSourceOptions(database, config.logSql), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(
          withGateway(execution, {
            driver: ApolloDriver,
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // A strict DateTime: 2017-02-30T00:00:00Z is refused, not read as 2017-03-02.
            buildSchemaOptions: { scalarsMap: SCALARS_MAP },
            playground: false,
            // Allowed here, refused by RequestPolicyPlugin for everyone but admins.
            introspection: true,
            includeStacktraceInErrorResponses: false,
            // Abuse limits, checked before any resolver or SQL runs; HTTP batching stays off (Apollo's default).
            parseOptions: { maxTokens: MAX_TOKENS },
            validationRules: QUERY_LIMIT_RULES,
            context: ({ req }: GraphQLContext): GraphQLContext => ({ req }),
            plugins: [NO_CACHE_HINTS],
            // A field whose value the root field's statement already read is answered without its resolver.
            transformSchema: (schema) => execution.useSchema(answerPreloadedFields(schema)),
            formatError: (formatted, error) =>
              formatGraphQLError(formatted, error, (message, cause) =>
                logger.error(message, cause instanceof Error ? cause.stack : String(cause)),
              ),
          }),
        ),
        AuditModule,
        OrgModule,
        PipelineModule,
        GoalsModule,
        ToolsModule,
        CompensationModule,
        ForecastingModule,
      ],
      controllers: [HealthController, GraphiqlController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        RequestPolicyPlugin,
        IdempotencyPlugin,
        ResponseCache,
        ResponseCachePlugin,
        { provide: CompiledExecution, useValue: execution },
      ],
    };
  }
}

@Module({})
class ConfigHolder {}

/**
 * Queries run as code compiled per document (decision 0037) through Apollo's `gateway` option: Apollo keeps
 * parsing, validating, running every plugin hook and formatting errors, and hands execution over. Nest's
 * config type leaves the option out but passes it to Apollo with the rest (checked by compiled-execution.spec).
 */
function withGateway(execution: CompiledExecution, config: ApolloDriverConfig): ApolloDriverConfig {
  return Object.assign(config, { gateway: execution.gateway });
}
