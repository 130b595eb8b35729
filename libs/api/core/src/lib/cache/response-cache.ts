import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type NextFunction, type Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { DataSource } from 'typeorm';

import { principalOf } from '../auth/auth.guard';
import { type Principal, PRINCIPAL_RESOLVER, type PrincipalResolver } from '../auth/principal';
import { Role } from '../auth/role';
import { type AppRequest, type GraphQLContext } from '../graphql/request-context';
import { type DataVersionReader, dataVersionReader } from './data-version';

/**
 * Root fields whose whole answer is a function of the data under `data_version`, the caller's scope and
 * the arguments: computed answers kept in ComputedCache, with no field below them that reads anything else,
 * and no clock (their period is named by its key). A query made only of these may be answered from here.
 */
const WHOLE_ANSWER_FIELDS: ReadonlySet<string> = new Set(['leaderboard', 'teamPerformance']);

const MAX_ENTRIES = 1_000;
const MAX_BODY_CHARS = 512 * 1024;
const MAX_TOTAL_CHARS = 32 * 1024 * 1024;
/** Longer documents are answered by Apollo as always (and not remembered). */
const MAX_KEY_CHARS = 8 * 1024;

interface Entry {
  version: string;
  body: string;
  contentType: string;
}

/** Documents known to be whole-answer queries, at most (emptied when full). */
const MAX_KNOWN_DOCUMENTS = 1_000;

/**
 * What the middleware left on a request it could not answer, for the plugin: the document (to learn
 * whether it is a whole-answer query), and once it is known to be one, the answer's key.
 */
interface Pending {
  document: string;
  key?: string;
  storable: boolean;
}

type CachingRequest = AppRequest & { responseCache?: Pending };

/**
 * Whole GraphQL answers kept until the data under them changes (decision 0038), answered before Nest and
 * Apollo see the request: the caller is resolved (the session cache makes that free) and, for a document
 * Apollo has already found to be a whole-answer query, `data_version` is read (one statement shared by
 * concurrent requests, DataVersionReader) and a remembered answer of the same version is sent as it was.
 * Any other document costs a lookup in a set and nothing more. Only for admins (scope: everything, so
 * every admin shares one answer) and API keys (each key its own answers, as each has its own scopes), only
 * for queries made entirely of WHOLE_ANSWER_FIELDS, only answers without errors. Managers and reps see a scope of their own, read from
 * data this version does not cover (who leads which team), so theirs go through Apollo and ComputedCache.
 * Rate limits, security headers and the body's checks run before it as for every request.
 */
@Injectable()
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** Operation name and text of the documents Apollo found to be whole-answer queries. */
  private readonly wholeAnswerDocuments = new Set<string>();
  private totalChars = 0;
  private readonly versions: DataVersionReader;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {
    this.versions = dataVersionReader(dataSource);
  }

  /** Express middleware for POST /graphql, after the JSON body is parsed. */
  middleware() {
    return (req: CachingRequest, res: Response, next: NextFunction): void => {
      // Anything going wrong here (the database away) is met again, and answered as always, on the way on.
      this.answer(req, res).then(
        (answered) => {
          if (!answered) next();
        },
        () => next(),
      );
    };
  }

  private async answer(req: CachingRequest, res: Response): Promise<boolean> {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (req.method !== 'POST' || typeof body?.query !== 'string') return false;
    const principal = await principalOf(req, this.principals);
    const partition = principal ? partitionOf(principal) : null;
    if (!partition) return false;
    const document = `${typeof body.operationName === 'string' ? body.operationName : ''}\u0000${body.query}`;
    if (document.length > MAX_KEY_CHARS) return false;
    // A document not (yet) known to be a whole-answer query costs no version read: Apollo answers it,
    // and the plugin tells whether it is one for next time.
    if (!this.wholeAnswerDocuments.has(document)) {
      req.responseCache = { document, storable: false };
      return false;
    }
    const key = `${partition}\u0000${document}\u0000${JSON.stringify(body.variables ?? null)}`;
    if (key.length > MAX_KEY_CHARS) return false;
    const version = await this.versions.read();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: a Map iterates in insertion order, so the first key goes first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      res.status(200).setHeader('content-type', hit.contentType);
      res.end(hit.body);
      return true;
    }
    const pending: Pending = { document, key, storable: false };
    req.responseCache = pending;
    const send = res.send.bind(res);
    res.send = (sent?: unknown) => {
      const contentType = res.getHeader('content-type');
      if (
        pending.storable &&
        res.statusCode === 200 &&
        typeof sent === 'string' &&
        typeof contentType === 'string'
      )
        this.store(key, { version, body: sent, contentType });
      return send(sent);
    };
    return false;
  }

  private store(key: string, entry: Entry): void {
    if (entry.body.length > MAX_BODY_CHARS) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.totalChars -= previous.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.totalChars += entry.body.length;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.totalChars <= MAX_TOTAL_CHARS) break;
      this.entries.delete(oldest);
      this.totalChars -= old.body.length;
    }
  }

  /** Told by the plugin: this document is a whole-answer query, so its answers may be kept from now on. */
  learnWholeAnswer(document: string): void {
    if (this.wholeAnswerDocuments.size >= MAX_KNOWN_DOCUMENTS) this.wholeAnswerDocuments.clear();
    this.wholeAnswerDocuments.add(document);
  }

  /** Answers remembered now (for the specs). */
  get size(): number {
    return this.entries.size;
  }
}

/** Whose answers a caller may share: every admin user one set, each API key its own; null: none kept. */
function partitionOf(principal: Principal): string | null {
  if (principal.kind === 'key') return `key:${principal.sessionId}`;
  return principal.role === Role.ADMIN ? 'admin' : null;
}

/** True when every root field of the operation is one whose whole answer may be kept. */
function wholeAnswerOperation(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        (WHOLE_ANSWER_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
    ) &&
    operation.selectionSet.selections.some(
      (selection) => selection.kind === Kind.FIELD && selection.name.value !== '__typename',
    )
  );
}

/** Tells the response cache which answers it may keep: queries of WHOLE_ANSWER_FIELDS, without errors. */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly cache: ResponseCache) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const cache = this.cache;
    return {
      async willSendResponse({ operation, response, contextValue }) {
        const pending = (contextValue.req as CachingRequest | undefined)?.responseCache;
        if (!pending || !operation || !wholeAnswerOperation(operation)) return;
        cache.learnWholeAnswer(pending.document);
        pending.storable =
          pending.key !== undefined &&
          response.body.kind === 'single' &&
          !response.body.singleResult.errors?.length &&
          (response.http.status === undefined || response.http.status === 200);
      },
    };
  }
}
