import { randomUUID } from 'node:crypto';

import { type ApolloServerPlugin, type GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger } from '@nestjs/common';
import { GraphQLError, Kind, print } from 'graphql';
import { DataSource } from 'typeorm';

import { principalOf } from '../auth/auth.guard';
import { callerId, PRINCIPAL_RESOLVER, type PrincipalResolver } from '../auth/principal';
import { query as runSql, sql } from '../database/sql';
import { AppError } from '../errors/app-error';
import { HTTP_STATUS } from '../errors/app-error.filter';
import { type GraphQLContext } from '../graphql/request-context';
import {
  checkIdempotencyKey,
  conflictForExisting,
  fingerprintOf,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_TTL_HOURS,
} from './idempotency';

/** When a key older than the retention was taken (the hours a parameter, never spliced into the text). */
const EXPIRED = sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;

function refuse(error: AppError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: HTTP_STATUS[error.code] } },
  });
}

/**
 * Idempotency keys for mutations (the `Idempotency-Key` HTTP header, one mutation per request): the
 * first request with a key runs and its answer is kept; a retry with the same key and the same
 * operation and variables gets that answer again (header `Idempotent-Replayed: true`) without running
 * anything; the same key with another request is refused. The key itself is taken inside the mutation's
 * transaction (`claimIdempotencyKey`), so it is stored exactly when the mutation's writes are: a failed
 * mutation leaves the key free for a retry.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin<GraphQLContext> {
  private readonly logger = new Logger('Idempotency');
  private lastPurge = 0;

  constructor(
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
    private readonly dataSource: DataSource,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    let replay: Record<string, unknown> | null = null;
    return {
      didResolveOperation: async ({ contextValue, operation, document, request }) => {
        const req = contextValue.req;
        const header = req?.headers[IDEMPOTENCY_HEADER];
        if (header === undefined) return;
        const raw = Array.isArray(header) ? header.join(',') : header;
        if (operation?.operation !== 'mutation') {
          throw refuse(
            AppError.badInput(
              'Idempotency-Key',
              'Idempotency-Key is for mutations; queries can be repeated as they are',
            ),
          );
        }
        const [root, ...more] = operation.selectionSet.selections;
        if (!root || more.length > 0 || root.kind !== Kind.FIELD) {
          throw refuse(
            AppError.badInput(
              'Idempotency-Key',
              'A request with an Idempotency-Key holds exactly one mutation',
            ),
          );
        }
        const key = (() => {
          try {
            return checkIdempotencyKey(raw);
          } catch (error) {
            throw refuse(error as AppError);
          }
        })();
        const principal = await principalOf(req, this.principals);
        if (!principal)
          throw refuse(AppError.unauthenticated('Idempotency-Key needs a signed-in caller or an API key'));
        const owner = callerId(principal);
        const field = root.name.value;
        const fingerprint = fingerprintOf(
          `${request.operationName ?? ''}\n${print(document)}`,
          request.variables ?? {},
        );

        await runSql(
          this.dataSource,
          sql`DELETE FROM idempotency_key WHERE owner = ${owner} AND key = ${key} AND created_at <= ${EXPIRED}`,
        );
        const [existing] = await runSql<{
          fingerprint: string;
          field: string;
          response: Record<string, unknown> | null;
          created_at: Date;
        }>(
          this.dataSource,
          sql`SELECT fingerprint, field, response, created_at FROM idempotency_key WHERE owner = ${owner} AND key = ${key}`,
        );
        if (!existing) {
          req.idempotency = { owner, key, fingerprint, field, requestId: randomUUID() };
          return;
        }
        if (existing.fingerprint !== fingerprint) {
          throw refuse(
            AppError.conflict(
              `This Idempotency-Key was used for another request (${existing.field}); send a new key with a new request`,
              'Idempotency-Key',
            ),
          );
        }
        if (!existing.response) throw refuse(conflictForExisting(existing.field, existing.created_at));
        replay = existing.response;
      },

      responseForOperation: async () => {
        if (!replay) return null;
        return {
          http: { status: undefined, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
          body: { kind: 'single', singleResult: replay },
        };
      },

      willSendResponse: async ({ contextValue, response }) => {
        const claim = contextValue.req?.idempotency;
        if (!claim || replay || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        // A clash found by the claim inside the transaction is the same refusal as one found above: 409.
        if (
          errors?.some(
            (e) => e.extensions?.['code'] === 'CONFLICT' && e.extensions?.['field'] === 'Idempotency-Key',
          )
        ) {
          response.http.status = HTTP_STATUS.CONFLICT;
        }
        // Failed mutations rolled back, key included: a retry runs again.
        if (errors?.length || !data) return;
        try {
          // Inserts when the mutation wrote nothing in a transaction; never overwrites another request's claim.
          await runSql(
            this.dataSource,
            sql`INSERT INTO idempotency_key (owner, key, fingerprint, field, request_id, response)
                VALUES (${claim.owner}, ${claim.key}, ${claim.fingerprint}, ${claim.field}, ${claim.requestId}, ${{ data }})
                ON CONFLICT (owner, key) DO UPDATE SET response = EXCLUDED.response WHERE idempotency_key.request_id = EXCLUDED.request_id`,
          );
          await this.purgeExpired();
        } catch (error) {
          // The change is stored; only its replay is lost (a retry is told so instead of running twice).
          this.logger.warn(
            `Could not keep the answer for Idempotency-Key of ${claim.field}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      },
    };
  }

  /** At most once an hour per process: forget keys older than the retention. */
  private async purgeExpired(): Promise<void> {
    if (Date.now() - this.lastPurge < 3_600_000) return;
    this.lastPurge = Date.now();
    await runSql(this.dataSource, sql`DELETE FROM idempotency_key WHERE created_at < ${EXPIRED}`);
  }
}
