import { setFlagsFromString } from 'node:v8';

// The API server runs its libraries in production mode unless NODE_ENV says otherwise. Outside it,
// graphql-js's `instanceOf`, called for every field of every row, looks for a second copy of graphql on each
// miss (2 to 3 % of a reps page's CPU in a profile), and Express's own error pages would carry stack traces.
// Imported first by main.ts, before anything loads graphql or Express (they read NODE_ENV once, on load).
process.env['NODE_ENV'] ??= 'production';

// After each full collection V8 lets the heap grow to up to 4x what survived before collecting again. Under
// load nearly everything a request allocates is garbage, so the heap filled with it: 335-349 MB at 64
// clients for about 170 MB idle. A growth of 1.4x keeps the peak near 215 MB (decision 0034). Read at each
// collection, so setting it now takes effect; a `--heap-growing-percent` given to node itself wins.
const HEAP_GROWING_FLAG = '--heap-growing-percent';

/** The V8 flag to set, or null when node was started with its own `--heap-growing-percent`. */
export function heapGrowingFlag(execArgv: readonly string[], nodeOptions = ''): string | null {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.startsWith(HEAP_GROWING_FLAG));
  return given ? null : `${HEAP_GROWING_FLAG}=40`;
}

const flag = heapGrowingFlag(process.execArgv, process.env['NODE_OPTIONS']);
if (flag) setFlagsFromString(flag);
