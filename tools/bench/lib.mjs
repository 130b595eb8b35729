// Helpers of the side-by-side benchmark (tools/bench/peer.mjs): arguments, HTTP with keep-alive, child
// processes and what /proc says about them, percentiles. Plain Node and pg.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';

import pg from 'pg';

/** `--name value` and `--flag` arguments as an object of strings (a flag alone is `'true'`). */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const next = argv[i + 1];
    args[argv[i].slice(2)] = next === undefined || next.startsWith('--') ? 'true' : (i++, next);
  }
  return args;
}

/** One statement on a fresh connection (for CREATE/DROP/ALTER DATABASE). */
export async function admin(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A keep-alive agent per server, so the load measures requests rather than TCP handshakes. */
export function agentFor(sockets) {
  return new http.Agent({ keepAlive: true, maxSockets: sockets });
}

/**
 * POSTs a GraphQL document; resolves to the parsed body, rejects on HTTP or GraphQL errors. A request
 * on a kept-alive socket the server closed meanwhile (ECONNRESET) is sent once more, as Node advises.
 */
export async function postGraphql(base, agent, query, variables = {}, token = null) {
  try {
    return await postOnce(base, agent, query, variables, token);
  } catch (error) {
    if (error.code === 'ECONNRESET' && error.reusedSocket)
      return postOnce(base, agent, query, variables, token);
    throw error;
  }
}

function postOnce(base, agent, query, variables, token) {
  const url = new URL('/graphql', base);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text);
            if (parsed.errors) reject(new Error(`${base}: ${JSON.stringify(parsed.errors).slice(0, 500)}`));
            else resolve(parsed.data);
          } catch {
            reject(new Error(`${base}: HTTP ${response.statusCode} ${text.slice(0, 300)}`));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', (error) => reject(Object.assign(error, { reusedSocket: request.reusedSocket })));
    request.end(body);
  });
}

/** Starts a Node child; its stdout is kept (for LOG_SQL lines), its stderr shown. */
export function startNode(args, { env = {}, cwd } = {}) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    child,
    pid: child.pid,
    output: () => output,
    stop: () => (child.exitCode === null && child.signalCode === null && child.kill('SIGTERM'), exited),
  };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU milliseconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime
}

/** Kilobytes of a /proc/<pid>/status field (VmRSS now, VmHWM the peak so far). */
export function memoryKb(pid, field = 'VmRSS') {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
}

export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `1234.5` as `1,235`, small numbers with a decimal or two. */
export function fmt(value, digits) {
  if (value === null || Number.isNaN(value)) return '—';
  const d = digits ?? (value >= 100 ? 0 : value >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}
