// Statements per request, counted by PostgreSQL itself for any client: the benchmark database gets
// `log_statement = 'all'` (ALTER DATABASE, so only its new connections log) while the counting servers
// run, and this reads what the server log gained meanwhile. With the extended protocol PostgreSQL logs
// `execute <name>: <text>` and then `DETAIL:  parameters: $1 = '...'`, which is also how the raw ceiling
// gets our API's exact statements and values. Needs the server's log file (stderr, the Debian default
// /var/log/postgresql/postgresql-<version>-main.log, or BENCH_PG_LOG).
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The PostgreSQL log file to read, or null when there is none readable. */
export function findServerLog() {
  const candidates = process.env.BENCH_PG_LOG
    ? [process.env.BENCH_PG_LOG]
    : safeList('/var/log/postgresql')
        .filter((name) => /^postgresql-.*\.log$/.test(name))
        .map((name) => join('/var/log/postgresql', name));
  const readable = candidates.filter((path) => {
    try {
      closeSync(openSync(path, 'r'));
      return true;
    } catch {
      return false;
    }
  });
  readable.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return readable[0] ?? null;
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Where the log ends now: pass it to `statementsSince` after the requests. */
export function logOffset(path) {
  return statSync(path).size;
}

/** The statements (text and parameters) the database `db` logged after `offset`, in order. */
export function statementsSince(path, offset, db) {
  const size = statSync(path).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  // An entry is a prefixed line plus the tab-indented lines that continue it.
  const entries = [];
  for (const line of buffer.toString('utf8').split('\n')) {
    if (line.startsWith('\t') && entries.length) entries[entries.length - 1] += `\n${line.slice(1)}`;
    else if (line) entries.push(line);
  }
  const marker = `@${db} `;
  const statements = [];
  for (const entry of entries) {
    const at = entry.indexOf(marker);
    if (at < 0) continue;
    const message = entry.slice(at + marker.length);
    const logged = /^LOG: {2}(?:statement|execute [^:]*): ([\s\S]*)$/.exec(message);
    if (logged) statements.push({ text: logged[1], params: [] });
    const detail = /^DETAIL: {2}parameters: ([\s\S]*)$/.exec(message);
    if (detail && statements.length) statements[statements.length - 1].params = parseParameters(detail[1]);
  }
  return statements;
}

function parseParameters(text) {
  const params = [];
  for (const match of text.matchAll(/\$(\d+) = (?:NULL|'((?:[^']|'')*)')/g))
    params[Number(match[1]) - 1] = match[2] === undefined ? null : match[2].replaceAll("''", "'");
  return params;
}
