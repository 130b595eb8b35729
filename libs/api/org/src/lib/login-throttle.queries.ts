import { runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** The throttle's rules, as the statements need them (the same numbers as the memory throttle's). */
export interface ThrottleRules {
  windowMs: number;
  maxPerPair: number;
  maxPerAddress: number;
  slowEmailAfter: number;
  maxEmailDelaySeconds: number;
  knownAddressesPerEmail: number;
}

/** The keys one sign-in is counted under: the email from the address, the address, the email. */
export interface ThrottleKeys {
  pair: string;
  address: string;
  email: string;
}

const window = (rules: ThrottleRules) => sql`make_interval(secs => ${rules.windowMs / 1000}::float8)`;

/** When a failure row's time runs from: a pair's or an address's first failure, an email's last. */
const started = sql`CASE WHEN f.key LIKE 'email:%' THEN f.last ELSE f.since END`;

/**
 * The milliseconds this try must wait, read in one statement on the database's clock, or null: the
 * pair's pause, else the address's, else (from an address the email never signed in from) the email's
 * slowing, in the order the memory throttle checks them.
 */
export async function throttleWait(
  runner: Runner,
  keys: ThrottleKeys,
  email: string,
  address: string,
  rules: ThrottleRules,
): Promise<number | null> {
  const live = sql`f.since > now.at - ${window(rules)}`;
  const rows = await runSql<{ wait_ms: number | null }>(
    runner,
    sql`WITH now AS (SELECT clock_timestamp() AS at)
        SELECT COALESCE(
          (SELECT extract(epoch FROM f.since + ${window(rules)} - now.at) * 1000 FROM login_failure f
            WHERE f.key = ${keys.pair} AND f.count >= ${rules.maxPerPair}::int AND ${live}),
          (SELECT extract(epoch FROM f.since + ${window(rules)} - now.at) * 1000 FROM login_failure f
            WHERE f.key = ${keys.address} AND f.count >= ${rules.maxPerAddress}::int AND ${live}),
          (SELECT extract(epoch FROM f.slow_until - now.at) * 1000 FROM login_failure f
            WHERE f.key = ${keys.email} AND f.last > now.at - ${window(rules)} AND f.slow_until > now.at
              AND NOT EXISTS (SELECT 1 FROM login_known_address k
                               WHERE k.email = ${email} AND ${address}::text = ANY(k.addresses)))
        )::float8 AS wait_ms FROM now`,
  );
  return rows[0]?.wait_ms ?? null;
}

/** A failure row after a failure was counted in it. */
export interface CountedRow {
  key: string;
  count: number;
  /** Milliseconds until a pause counted from the first failure ends. */
  left_ms: number;
}

/**
 * Counts one failure under each key in one statement, atomically across every API process: a row that no
 * longer counts starts again at 1, and the email's row takes its next slowing (1 s doubling up to the
 * longest) once it has enough failures. The keys are taken in one order, so two processes counting
 * failures of the same address wait for each other instead of deadlocking.
 */
export function countFailure(
  runner: Runner,
  keys: ThrottleKeys,
  rules: ThrottleRules,
): Promise<CountedRow[]> {
  const expired = sql`${started} <= excluded.last - ${window(rules)}`;
  const count = sql`CASE WHEN ${expired} THEN 1 ELSE f.count + 1 END`;
  const slowUntil = (counted: SqlFragment) =>
    sql`excluded.last + make_interval(secs => LEAST(${rules.maxEmailDelaySeconds}::float8,
          power(2, ${counted} - ${rules.slowEmailAfter}::int)))`;
  return runSql(
    runner,
    sql`WITH now AS (SELECT clock_timestamp() AS at),
        counted AS (
          INSERT INTO login_failure AS f (key, count, since, last, slow_until)
          SELECT k.key, 1, now.at, now.at, NULL
            FROM now, unnest(${[keys.pair, keys.address, keys.email]}::text[]) WITH ORDINALITY AS k(key, n)
           ORDER BY k.n
          ON CONFLICT (key) DO UPDATE SET
            count = ${count},
            since = CASE WHEN ${expired} THEN excluded.since ELSE f.since END,
            last = excluded.last,
            slow_until = CASE
              WHEN f.key LIKE 'email:%' AND ${count} >= ${rules.slowEmailAfter}::int THEN ${slowUntil(count)}
              WHEN ${expired} THEN NULL
              ELSE f.slow_until END
          RETURNING f.key, f.count, f.since)
        SELECT c.key, c.count,
               extract(epoch FROM c.since + ${window(rules)} - now.at)::float8 * 1000 AS left_ms
          FROM counted c, now`,
  );
}

/** Forgets failure rows that no longer count (a new failure would start them again at 1). */
export async function pruneFailures(runner: Runner, rules: ThrottleRules): Promise<void> {
  await runSql(
    runner,
    sql`DELETE FROM login_failure f WHERE ${started} <= clock_timestamp() - ${window(rules)}`,
  );
}

/**
 * A sign-in that got in: the failures of this email from this address are forgotten, and the address goes
 * first in the email's known addresses (the most recent few kept), in one statement.
 */
export async function rememberSignIn(
  runner: Runner,
  pairKey: string,
  email: string,
  address: string,
  rules: ThrottleRules,
): Promise<void> {
  await runSql(
    runner,
    sql`WITH forgotten AS (DELETE FROM login_failure WHERE key = ${pairKey})
        INSERT INTO login_known_address AS k (email, addresses) VALUES (${email}, ARRAY[${address}::text])
        ON CONFLICT (email) DO UPDATE SET
          addresses = (ARRAY[${address}::text] || array_remove(k.addresses, ${address}::text))
                      [1:${rules.knownAddressesPerEmail}::int]`,
  );
}
