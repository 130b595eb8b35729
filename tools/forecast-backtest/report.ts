// The backtest on the demo data set that docs/forecasting.md reports. Reads the CRM export, builds the same
// monthly series and as-of pipelines the API builds (apps/api/src/app/forecasting.spec.ts checks that the API's
// agree with the export), and runs the same pure code: the domain's models and libs/api/forecasting's utils.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { bias, daysBetween, intervalCoverage, matchKey, parseCsvRecords, wape } from '@salesops/domain';

import { addMonths, denseSeries, monthOf } from '../../libs/api/forecasting/src/lib/utils/month-series.util';
import {
  type PipelineContext,
  type PipelineDeal,
  type PipelineEstimate,
  simulationEstimate,
  stageWeightedEstimate,
  type WinRecord,
} from '../../libs/api/forecasting/src/lib/utils/pipeline-forecast.util';
import {
  forecastWindow,
  MIN_TRAIN,
} from '../../libs/api/forecasting/src/lib/utils/time-series-forecast.util';

const DATA = resolve(__dirname, '../../data/crm-sales-opportunities');
const read = (file: string) => parseCsvRecords(readFileSync(resolve(DATA, file), 'utf8'));

interface Deal {
  agent: string;
  stage: string;
  engage: string | null;
  close: string | null;
  value: number;
  listPrice: number;
}

const prices = new Map(
  read('products.csv').map((p) => [matchKey(p['product']), Number(p['sales_price']) * 100]),
);
const deals: Deal[] = read('sales_pipeline.csv').map((row) => ({
  agent: row['sales_agent'],
  stage: row['deal_stage'],
  engage: row['engage_date'] || null,
  close: row['close_date'] || null,
  value: Number(row['close_value'] || 0) * 100,
  listPrice: prices.get(matchKey(row['product'])) ?? 0,
}));
const teams = read('sales_teams.csv');
const teamOf = new Map(teams.map((t) => [t['sales_agent'], `${t['manager']}'s team`]));
const regionOf = new Map(teams.map((t) => [t['sales_agent'], t['regional_office']]));

const SUBJECTS: { name: string; has: (agent: string) => boolean }[] = [
  { name: 'Company', has: () => true },
  ...[...new Set(teams.map((t) => t['regional_office']))]
    .sort()
    .flatMap((region) => [
      { name: region, has: (agent: string) => regionOf.get(agent) === region },
      ...[
        ...new Set(teams.filter((t) => t['regional_office'] === region).map((t) => `${t['manager']}'s team`)),
      ]
        .sort()
        .map((team) => ({ name: `  ${team}`, has: (agent: string) => teamOf.get(agent) === team })),
    ]),
];

const START = '2017-03-01'; // the first close in the export
const END = '2018-01-01';
const MONTHS = 10;
const won = (d: Deal) => d.stage === 'Won' && d.close !== null;
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const yesNo = (v: boolean | null) => (v === null ? '–' : v ? 'yes' : 'no');

function series(has: (agent: string) => boolean): number[] {
  const rows = deals
    .filter((d) => won(d) && has(d.agent))
    .map((d) => ({ month: monthOf(d.close as string), value: d.value }));
  return denseSeries(rows, START, MONTHS);
}

function timeSeriesTable(title: string, length: number): string {
  const lines = [
    `### ${title}`,
    '',
    '| Subject | Method | WAPE (shared origins) | Own WAPE | Bias | P10–P90 coverage | Origins | Beats naive |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const subject of SUBJECTS) {
    for (const f of forecastWindow(series(subject.has), { skip: 0, length })) {
      if (!f.backtest) {
        lines.push(`| ${subject.name.trim()} | ${f.id} | – | – | – | – | 0 | – |`);
        continue;
      }
      const coverage =
        f.backtest.coverage === null ? '–' : `${pct(f.backtest.coverage)} of ${f.backtest.intervals}`;
      lines.push(
        `| ${subject.name.trim()} | ${f.id} | ${pct(f.ranking?.wape ?? null)} (${f.ranking?.origins ?? 0}) | ${pct(f.backtest.wape)} | ${pct(f.backtest.bias)} | ${coverage} | ${f.backtest.origins} | ${yesNo(f.ranking?.beatsNaive ?? null)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The pipeline methods quarter-ahead from each month start of 2017, on the pipeline as it stood that day. */
function pipelineTable(first: string): string {
  const origins = Array.from({ length: 1 + Math.round(daysBetween(first, '2017-10-01') / 30.4) }, (_, i) =>
    addMonths(first, i),
  );
  const lines = [
    '| Subject | Method | WAPE | Bias | P10–P90 coverage | Origins |',
    '|---|---|---|---|---|---|',
  ];
  for (const subject of SUBJECTS.filter((s) => !s.name.startsWith('  '))) {
    const scored: Record<string, { a: number[]; f: number[]; lo: number[]; hi: number[] }> = {};
    for (const asOf of origins) {
      const end = addMonths(asOf, 3);
      const actual = deals
        .filter(
          (d) => won(d) && subject.has(d.agent) && (d.close as string) >= asOf && (d.close as string) < end,
        )
        .reduce((s, d) => s + d.value, 0);
      const ctx = contextAt(asOf, end, subject.has);
      const open: PipelineDeal[] = deals
        .filter(
          (d) =>
            subject.has(d.agent) &&
            d.engage !== null &&
            d.engage < asOf &&
            (d.close === null || d.close >= asOf),
        )
        .map((d) => ({
          repId: d.agent,
          engageDate: d.engage as string,
          ageDays: daysBetween(d.engage as string, asOf),
          expectedClose: null,
          stageProbability: 0.4,
          value: d.listPrice,
        }));
      const estimates: Record<string, PipelineEstimate> = {
        STAGE_WEIGHTED: stageWeightedEstimate(open, ctx),
        PIPELINE_SIMULATION: simulationEstimate(open, ctx),
      };
      for (const [method, e] of Object.entries(estimates)) {
        const s = (scored[method] ??= { a: [], f: [], lo: [], hi: [] });
        s.a.push(actual);
        s.f.push(e.point);
        s.lo.push(e.p10);
        s.hi.push(e.p90);
      }
    }
    for (const [method, s] of Object.entries(scored)) {
      lines.push(
        `| ${subject.name} | ${method} | ${pct(wape(s.a, s.f))} | ${pct(bias(s.a, s.f))} | ${pct(intervalCoverage(s.a, s.lo, s.hi))} | ${s.a.length} |`,
      );
    }
  }
  return lines.join('\n');
}

/** What the API's PipelineForecastService gathers, from the export: records and new business before asOf. */
function contextAt(asOf: string, end: string, has: (agent: string) => boolean): PipelineContext {
  const closed = deals.filter(
    (d) => d.close !== null && d.close < asOf && d.stage !== 'Engaging' && d.stage !== 'Prospecting',
  );
  const record = (list: Deal[]): WinRecord => ({
    won: list.filter(won).length,
    lost: list.filter((d) => d.stage === 'Lost').length,
    cycles: list
      .filter((d) => won(d) && d.engage)
      .map((d) => daysBetween(d.engage as string, d.close as string)),
  });
  const agents = [...new Set(deals.map((d) => d.agent))];
  const windowDays = daysBetween(asOf, end);
  const newBusiness: number[] = [];
  for (let origin = START; daysBetween(origin, asOf) >= windowDays; origin = addMonths(origin, 1)) {
    const until = new Date(Date.parse(`${origin}T00:00:00Z`) + windowDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const total = deals
      .filter(
        (d) =>
          won(d) &&
          has(d.agent) &&
          d.engage !== null &&
          d.engage >= origin &&
          (d.close as string) >= origin &&
          (d.close as string) < until,
      )
      .reduce((s, d) => s + d.value, 0);
    newBusiness.push(total / (windowDays / (365.25 / 12)));
  }
  return {
    asOf,
    windowStart: asOf,
    windowEnd: end,
    rep: new Map(agents.map((a) => [a, record(closed.filter((d) => d.agent === a))])),
    teamOfRep: new Map(
      agents.map((a) => [a, record(closed.filter((d) => teamOf.get(d.agent) === teamOf.get(a)))]),
    ),
    company: record(closed),
    newBusinessMonthly: newBusiness,
    seed: 20170401,
  };
}

const monthly = SUBJECTS.map(
  (s) =>
    `| ${s.name.trim()} | ${series(s.has)
      .map((v) => Math.round(v / 10_000) / 10)
      .join(' | ')} |`,
);
console.log(
  [
    `## Monthly won revenue, ${START.slice(0, 7)} to ${addMonths(END, -1).slice(0, 7)} (USD thousands)`,
    '',
    `| Subject | ${Array.from({ length: MONTHS }, (_, i) => addMonths(START, i).slice(0, 7)).join(' | ')} |`,
    `|---|${'---|'.repeat(MONTHS)}`,
    ...monthly,
    '',
    `## Time series, rolling origin (first origin after ${MIN_TRAIN} months)`,
    '',
    timeSeriesTable('Next month', 1),
    '',
    timeSeriesTable('Next quarter (3 months summed)', 3),
    '',
    '## Pipeline methods, quarter ahead from each month start of 2017 (2017-01-01 to 2017-10-01)',
    '',
    pipelineTable('2017-01-01'),
    '',
    '## The same from 2017-04-01, once a month of closes is known (2017-04-01 to 2017-10-01)',
    '',
    pipelineTable('2017-04-01'),
  ].join('\n'),
);
