import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import {
  FORECAST_METHODS,
  type ForecastMethodId,
  intervalFromErrors,
  isInsufficient,
  matchKey,
  minorToDecimal,
  parseCsvRecords,
  rankMethods,
  rollingOriginBacktest,
} from '@salesops/domain';

import { TestApp } from '../testing/test-app';

const DATA = resolve(__dirname, '../../../../data/crm-sales-opportunities');

const PIPELINE = `query($subject: ForecastSubjectKind!, $subjectId: ID, $asOf: String) {
  forecastPipeline(subject: $subject, subjectId: $subjectId, asOf: $asOf) {
    deals value weightedValue stages { stageName deals value weightedValue inferredStage dealsWithoutValue }
  }
}`;
const FORECAST = `query($subject: ForecastSubjectKind!, $subjectId: ID, $period: String!, $asOf: String, $metric: ForecastMetric) {
  forecast(subject: $subject, subjectId: $subjectId, period: $period, asOf: $asOf, metric: $metric) {
    subject { kind id name } period asOf wonToDate forecastMonths recommendedMethod statement
    history { month value }
    methods { method family recommended point p10 p50 p90 intervalSource wape origins bias coverage beatsNaive beatsSeasonalNaive note }
  }
}`;
const BACKTEST = `query($subject: ForecastSubjectKind!, $subjectId: ID, $asOf: String, $horizon: ForecastHorizon) {
  forecastBacktest(subject: $subject, subjectId: $subjectId, asOf: $asOf, horizon: $horizon) {
    horizonMonths historyMonths recommendedMethod statement
    methods { method wape sharedOrigins ownWape origins bias coverage intervals beatsNaive beatsSeasonalNaive note notes { key params text } }
  }
}`;
const SUGGESTIONS = `query($period: String!, $asOf: String, $percentile: Int, $teamId: ID) {
  forecastGoalSuggestions(period: $period, asOf: $asOf, percentile: $percentile, teamId: $teamId) {
    asOf percentile rows { subjectKind subjectId subjectName method suggestedTarget point p10 p25 p50 p90 existingGoal existingGoalVersion flag note notes { key params text } }
  }
}`;

interface MethodRow {
  method: ForecastMethodId | 'STAGE_WEIGHTED' | 'PIPELINE_SIMULATION';
  recommended: boolean;
  point: string | null;
  p10: string | null;
  p50: string | null;
  p90: string | null;
  wape: number | null;
  origins: number;
  bias: number | null;
  beatsNaive: boolean | null;
  note: string | null;
  notes?: { key: string; params: string; text: string }[];
}

/** The open pipeline on a day read straight from the CRM export: engaged before it and not closed before it. */
function pipelineFromCsv(asOf: string, agents?: ReadonlySet<string>): { deals: number; valueMinor: bigint } {
  const prices = new Map(
    parseCsvRecords(readFileSync(resolve(DATA, 'products.csv'), 'utf8')).map((p) => [
      matchKey(p['product']),
      BigInt(p['sales_price']) * 100n,
    ]),
  );
  let deals = 0;
  let valueMinor = 0n;
  for (const row of parseCsvRecords(readFileSync(resolve(DATA, 'sales_pipeline.csv'), 'utf8'))) {
    const open = row['deal_stage'] === 'Engaging' || row['deal_stage'] === 'Prospecting';
    if (!row['engage_date'] || row['engage_date'] >= asOf) continue;
    if (!open && row['close_date'] < asOf) continue;
    if (agents && !agents.has(row['sales_agent'])) continue;
    deals++;
    valueMinor += prices.get(matchKey(row['product'])) ?? 0n;
  }
  return { deals, valueMinor };
}

const money = (minor: number) => minorToDecimal(BigInt(Math.round(minor)));

describe('forecasting on the real data set', () => {
  let t: TestApp;
  let admin: string;
  let melvin: string;
  let darcel: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, DATA);
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    melvin = await t.login('melvin.marxen@salesops.demo');
    darcel = await t.login('darcel.schlecht@salesops.demo');
    const rows: { name: string; id: string }[] = await t.dataSource.query(
      'SELECT name, id FROM rep UNION ALL SELECT name, id FROM team',
    );
    ids = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  });

  afterAll(() => t.stop());

  /** Monthly won revenue (minor units) from 2017-03, the first close, to the month before `asOf`. */
  async function companySeries(asOf: string): Promise<number[]> {
    const rows: { won: string }[] = await t.dataSource.query(
      `SELECT coalesce(sum(d.amount_minor) FILTER (WHERE s.kind = 'WON'), 0) AS won
         FROM generate_series('2017-03-01'::date, date_trunc('month', $1::date) - interval '1 month', interval '1 month') m(month)
         LEFT JOIN deal d ON date_trunc('month', d.close_date) = m.month LEFT JOIN sales_stage s ON s.id = d.stage_id
        GROUP BY m.month ORDER BY m.month`,
      [asOf],
    );
    return rows.map((row) => Number(row.won));
  }

  it.each(['2016-12-01', '2017-03-01', '2017-04-01', '2017-07-15', '2017-10-01', '2018-01-01'])(
    'should rebuild the pipeline as of %s exactly as the CRM export reads',
    async (asOf) => {
      const result = await t.gql<{
        forecastPipeline: {
          deals: number;
          value: string;
          weightedValue: string;
          stages: { stageName: string; deals: number; inferredStage: number }[];
        };
      }>(PIPELINE, { subject: 'COMPANY', asOf }, admin);
      expect(result.errors).toBeUndefined();
      const expected = pipelineFromCsv(asOf);
      const pipeline = result.data?.forecastPipeline;
      expect(pipeline?.deals).toBe(expected.deals);
      expect(pipeline?.value).toBe(minorToDecimal(expected.valueMinor));
      // Every deal engaged in the export was in Engaging (40%) until it closed.
      expect(pipeline?.stages.map((s) => s.stageName)).toEqual(expected.deals ? ['Engaging'] : []);
      expect(pipeline?.weightedValue).toBe(minorToDecimal((expected.valueMinor * 40n + 50n) / 100n));
      const team = await t.gql<{ forecastPipeline: { deals: number; value: string } }>(
        PIPELINE,
        { subject: 'TEAM', subjectId: ids['Central'], asOf },
        admin,
      );
      const central = readFileSync(resolve(DATA, 'sales_teams.csv'), 'utf8');
      const agents = new Set(
        parseCsvRecords(central)
          .filter((r) => r['regional_office'] === 'Central')
          .map((r) => r['sales_agent']),
      );
      expect(team.data?.forecastPipeline).toMatchObject({
        deals: pipelineFromCsv(asOf, agents).deals,
        value: minorToDecimal(pipelineFromCsv(asOf, agents).valueMinor),
      });
    },
  );

  it("should give every time-series method the domain's figures on the same series when forecasting a quarter", async () => {
    const series = await companySeries('2017-10-01');
    expect(series).toHaveLength(7);
    const result = await t.gql<{
      forecast: {
        wonToDate: string;
        forecastMonths: number;
        history: { value: string }[];
        recommendedMethod: string | null;
        methods: MethodRow[];
      };
    }>(FORECAST, { subject: 'COMPANY', period: 'FY2017-Q4', asOf: '2017-10-01' }, admin);
    expect(result.errors).toBeUndefined();
    const forecast = result.data?.forecast;
    expect(forecast?.history.map((m) => m.value)).toEqual(series.map(money));
    expect(forecast).toMatchObject({ wonToDate: '0.00', forecastMonths: 3 });
    const backtests = (Object.keys(FORECAST_METHODS) as ForecastMethodId[]).flatMap((id) => {
      const result = rollingOriginBacktest(series, FORECAST_METHODS[id].forecast, {
        minTrain: 3,
        horizon: 3,
        target: 'SUM',
      });
      return isInsufficient(result) ? [] : [{ id, result }];
    });
    const ranking = rankMethods(backtests);
    expect(forecast?.methods.slice(0, ranking.length).map((m) => [m.method, m.wape, m.origins])).toEqual(
      ranking.map((r) => [r.id, r.wape, r.origins]),
    );
    expect(forecast?.recommendedMethod).toBe(ranking[0].id);
    expect(forecast?.methods[0].recommended).toBe(true);
    for (const method of forecast?.methods ?? []) {
      if (method.method === 'STAGE_WEIGHTED' || method.method === 'PIPELINE_SIMULATION') continue;
      const path = FORECAST_METHODS[method.method].forecast(series, 3);
      expect(method.point).toBe(isInsufficient(path) ? null : money(path.reduce((sum, v) => sum + v, 0)));
    }
    expect(forecast?.methods.find((m) => m.method === 'SEASONAL_NAIVE')).toMatchObject({
      point: null,
      wape: null,
      beatsNaive: null,
    });
    expect(forecast?.methods.slice(-2).map((m) => m.method)).toEqual([
      'STAGE_WEIGHTED',
      'PIPELINE_SIMULATION',
    ]);
  });

  it('should forecast deals won in expected deals, from the monthly counts', async () => {
    const rows: { won: number }[] = await t.dataSource.query(
      `SELECT count(d.id) FILTER (WHERE s.kind = 'WON')::int AS won
         FROM generate_series('2017-03-01'::date, '2017-09-01'::date, interval '1 month') m(month)
         LEFT JOIN deal d ON date_trunc('month', d.close_date) = m.month LEFT JOIN sales_stage s ON s.id = d.stage_id
        GROUP BY m.month ORDER BY m.month`,
    );
    const result = await t.gql<{ forecast: { history: { value: string }[]; methods: MethodRow[] } }>(
      FORECAST,
      { subject: 'COMPANY', period: 'FY2017-Q4', asOf: '2017-10-01', metric: 'DEALS_WON' },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.forecast.history.map((m) => m.value)).toEqual(rows.map((r) => String(r.won)));
    const naive = result.data?.forecast.methods.find((m) => m.method === 'NAIVE');
    expect(naive?.point).toBe((3 * rows[rows.length - 1].won).toFixed(2));
    const stage = result.data?.forecast.methods.find((m) => m.method === 'STAGE_WEIGHTED');
    expect(Number(stage?.point)).toBeGreaterThan(0);
    expect(Number(stage?.p10)).toBeLessThanOrEqual(Number(stage?.p90));
  });

  it('should take the interval from the backtest errors of the method when forecasting a month', async () => {
    const series = await companySeries('2017-12-01');
    const result = await t.gql<{ forecast: { methods: MethodRow[]; statement: string } }>(
      FORECAST,
      { subject: 'COMPANY', period: '2017-12', asOf: '2017-12-01' },
      admin,
    );
    const naive = result.data?.forecast.methods.find((m) => m.method === 'NAIVE');
    const backtest = rollingOriginBacktest(series, FORECAST_METHODS.NAIVE.forecast, {
      minTrain: 3,
      horizon: 1,
    });
    if (isInsufficient(backtest)) throw new Error(backtest.message);
    const point = series[series.length - 1];
    const [p10, p50, p90] =
      intervalFromErrors(
        point,
        backtest.points.map((p) => p.error),
      ) ?? [];
    expect(naive).toMatchObject({
      point: money(point),
      p10: money(p10.value),
      p50: money(p50.value),
      p90: money(p90.value),
      bias: backtest.summary.bias,
    });
    expect(result.data?.forecast.statement).toMatch(/Seasonal methods need 12 months/);
  });

  it('should add the months of the period already won to every total when the period is under way', async () => {
    const series = await companySeries('2017-07-01');
    const result = await t.gql<{
      forecast: { wonToDate: string; forecastMonths: number; methods: MethodRow[] };
    }>(FORECAST, { subject: 'COMPANY', period: 'FY2017', asOf: '2017-07-01' }, admin);
    const known = series.reduce((sum, v) => sum + v, 0);
    const path = FORECAST_METHODS.NAIVE.forecast(series, 6) as number[];
    expect(result.data?.forecast).toMatchObject({ wonToDate: money(known), forecastMonths: 6 });
    expect(result.data?.forecast.methods.find((m) => m.method === 'NAIVE')?.point).toBe(
      money(known + path.reduce((s, v) => s + v, 0)),
    );
    for (const method of result.data?.forecast.methods ?? []) {
      if (method.point !== null) expect(Number(method.point)).toBeGreaterThanOrEqual(Number(money(known)));
    }
  });

  it('should backtest every method next to the naive baselines, and say when the data is too short', async () => {
    const series = await companySeries('2018-01-01');
    const result = await t.gql<{
      forecastBacktest: {
        historyMonths: number;
        statement: string;
        methods: (MethodRow & { ownWape: number | null; coverage: number | null; intervals: number })[];
      };
    }>(BACKTEST, { subject: 'COMPANY', asOf: '2018-01-01', horizon: 'MONTH' }, admin);
    expect(result.errors).toBeUndefined();
    const backtest = result.data?.forecastBacktest;
    expect(backtest?.historyMonths).toBe(10);
    const naive = rollingOriginBacktest(series, FORECAST_METHODS.NAIVE.forecast, { minTrain: 3, horizon: 1 });
    if (isInsufficient(naive)) throw new Error(naive.message);
    expect(backtest?.methods.find((m) => m.method === 'NAIVE')).toMatchObject({
      ownWape: naive.summary.wape,
      bias: naive.summary.bias,
      coverage: naive.summary.coverage,
      intervals: naive.summary.intervals,
      origins: 7,
    });
    // Seasonal naive needs 12 months: its note says so in English and as a key with its facts.
    const seasonal = backtest?.methods.find((m) => m.method === 'SEASONAL_NAIVE');
    expect(seasonal?.notes).toEqual([
      {
        key: 'history.short',
        params: JSON.stringify({ method: 'SEASONAL_NAIVE', needed: 12, available: 10 }),
        text: 'Seasonal naive needs at least 12 months of history, 10 available.',
      },
    ]);
    expect(seasonal?.note).toBe(seasonal?.notes?.map((n) => n.text).join(' '));
    const year = await t.gql<{ forecastBacktest: { recommendedMethod: string | null; statement: string } }>(
      BACKTEST,
      { subject: 'COMPANY', asOf: '2018-01-01', horizon: 'YEAR' },
      admin,
    );
    expect(year.data?.forecastBacktest).toMatchObject({ recommendedMethod: null });
    expect(year.data?.forecastBacktest.statement).toMatch(
      /Too little history to backtest any method: 10 months/,
    );
  });

  it("should let a rep read their own forecast and answer NOT_FOUND for another rep's", async () => {
    const own = await t.gql<{ forecast: { subject: { name: string } } }>(
      FORECAST,
      { subject: 'REP', period: '2017-12', asOf: '2017-12-01' },
      darcel,
    );
    expect(own.data?.forecast.subject.name).toBe('Darcel Schlecht');
    const other = await t.gql(
      FORECAST,
      { subject: 'REP', subjectId: ids['Anna Snelling'], period: '2017-12', asOf: '2017-12-01' },
      darcel,
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(other.data ?? null).toBeNull();
    const pipeline = await t.gql(
      PIPELINE,
      { subject: 'REP', subjectId: ids['Anna Snelling'], asOf: '2017-06-01' },
      darcel,
    );
    expect(pipeline.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const team = await t.gql(
      FORECAST,
      { subject: 'TEAM', subjectId: ids["Melvin Marxen's team"], period: '2017-12', asOf: '2017-12-01' },
      darcel,
    );
    expect(team.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('should keep a forecast until the data under it changes, and check access before answering from it', async () => {
    type Answer = {
      forecast: {
        history: { month: string; value: string }[];
        methods: { method: string; point: string | null }[];
      };
    };
    const ask = async (token = admin) =>
      (
        await t.gql<Answer>(
          FORECAST,
          { subject: 'REP', subjectId: ids['Anna Snelling'], period: '2017-12', asOf: '2017-12-01' },
          token,
        )
      ).data?.forecast;
    const first = await ask();
    expect(await ask()).toEqual(first);
    // Kept for the admin, still NOT_FOUND for a rep who may not see Anna.
    const refused = await t.gql(
      FORECAST,
      { subject: 'REP', subjectId: ids['Anna Snelling'], period: '2017-12', asOf: '2017-12-01' },
      darcel,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // A win of 1,000.00 in November: the month's history and the forecasts move at once.
    const [won] = await t.dataSource.query("SELECT id FROM sales_stage WHERE kind = 'WON' LIMIT 1");
    const [{ id: dealId }] = await t.dataSource.query(
      `INSERT INTO deal (id, external_id, rep_id, amount_minor, currency, stage_id, engage_date, close_date)
       VALUES (gen_random_uuid(), 'CACHE-TEST', $1, 100000, 'USD', $2, '2017-10-01', '2017-11-15') RETURNING id`,
      [ids['Anna Snelling'], won.id],
    );
    try {
      const after = await ask();
      const november = (answer: typeof first) =>
        Number(answer?.history.find((m) => m.month === '2017-11')?.value);
      expect(november(after)).toBeCloseTo(november(first) + 1000, 2);
      expect(after?.methods.find((m) => m.method === 'NAIVE')?.point).not.toEqual(
        first?.methods.find((m) => m.method === 'NAIVE')?.point,
      );
    } finally {
      await t.dataSource.query('DELETE FROM deal WHERE id = $1', [dealId]);
    }
    expect(await ask()).toEqual(first);
  });

  it('should let a manager read their subtree only, and only admins the company', async () => {
    const own = await t.gql(
      FORECAST,
      { subject: 'REP', subjectId: ids['Darcel Schlecht'], period: '2017-12', asOf: '2017-12-01' },
      melvin,
    );
    expect(own.errors).toBeUndefined();
    const team = await t.gql(
      BACKTEST,
      { subject: 'TEAM', subjectId: ids["Melvin Marxen's team"], asOf: '2017-12-01' },
      melvin,
    );
    expect(team.errors).toBeUndefined();
    for (const name of ['Anna Snelling', "Cara Losch's team", 'Central']) {
      const kind = name.includes('team') || name === 'Central' ? 'TEAM' : 'REP';
      const other = await t.gql(
        FORECAST,
        { subject: kind, subjectId: ids[name], period: '2017-12', asOf: '2017-12-01' },
        melvin,
      );
      expect([name, other.errors?.[0]?.extensions?.['code']]).toEqual([name, 'NOT_FOUND']);
    }
    const company = await t.gql(
      FORECAST,
      { subject: 'COMPANY', period: '2017-12', asOf: '2017-12-01' },
      melvin,
    );
    expect(company.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('should learn from at most the last 48 months when asked as of today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1))
      .toISOString()
      .slice(0, 7);
    const result = await t.gql<{ forecast: { asOf: string; history: { month: string }[] } }>(
      FORECAST,
      { subject: 'REP', period: next },
      darcel,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.forecast.asOf).toBe(today);
    const history = result.data?.forecast.history ?? [];
    expect(history).toHaveLength(48);
    expect(history[47].month < today.slice(0, 7)).toBe(true);
  });

  it.each([
    [{ period: 'garbage' }, 'period'],
    [{ period: '2017-W09' }, 'period'],
    [{ period: 'FY2016' }, 'period'],
    [{ period: 'FY2020' }, 'period'],
    [{ subjectId: 'not-an-id' }, 'subjectId'],
    [{ asOf: '2017-02-30' }, 'asOf'],
    [{ asOf: '2999-01-01' }, 'asOf'],
    [{ subject: 'REP', subjectId: undefined }, 'subjectId'],
  ])('should answer BAD_USER_INPUT naming the field when given %j', async (change, field) => {
    const variables = {
      subject: 'REP',
      subjectId: ids['Darcel Schlecht'],
      period: '2017-12',
      asOf: '2017-06-01',
      ...change,
    };
    const result = await t.gql(FORECAST, variables, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should suggest targets from the forecast distribution and flag goals outside it', async () => {
    const repId = ids['Darcel Schlecht'];
    const setGoal = (target: string) =>
      t.gql(
        'mutation($input: SetGoalInput!) { setGoal(input: $input) { id } }',
        { input: { repId, period: '2017-12', metric: 'WON_REVENUE', target } },
        admin,
      );
    type Row = {
      subjectKind: string;
      subjectId: string;
      suggestedTarget: string | null;
      p25: string | null;
      p50: string | null;
      p90: string | null;
      flag: string;
      method: string | null;
      existingGoalVersion: number;
    };
    const read = async (percentile = 50) => {
      const result = await t.gql<{ forecastGoalSuggestions: { asOf: string; rows: Row[] } }>(
        SUGGESTIONS,
        { period: '2017-12', percentile },
        admin,
      );
      expect(result.errors).toBeUndefined();
      return result.data?.forecastGoalSuggestions;
    };
    const before = await read();
    expect(before?.asOf).toBe('2017-12-01');
    expect(before?.rows.filter((r) => r.subjectKind === 'TEAM')).toHaveLength(9);
    expect(before?.rows.filter((r) => r.subjectKind === 'REP')).toHaveLength(35);
    const row = before?.rows.find((r) => r.subjectId === repId) as Row;
    expect(row).toMatchObject({ flag: 'NO_GOAL', existingGoalVersion: 0 });
    // Targets are whole currency units.
    expect(row.suggestedTarget).toMatch(/\.00$/);
    expect(Number(row.suggestedTarget)).toBe(Math.round(Number(row.p50)));
    await setGoal(String(Math.ceil(Number(row.p90)) + 1000));
    expect((await read())?.rows.find((r) => r.subjectId === repId)?.flag).toBe('ABOVE_P90');
    await setGoal(String(Math.max(0, Math.floor(Number(row.p25)) - 1)));
    expect((await read())?.rows.find((r) => r.subjectId === repId)?.flag).toBe('BELOW_P25');
    // Accepting a suggestion sends back the version it was read with: a goal changed since answers CONFLICT.
    const seen = (await read())?.rows.find((r) => r.subjectId === repId) as Row;
    expect(seen.existingGoalVersion).toBe(2);
    await setGoal('12345');
    const accept = await t.gql(
      'mutation($input: SetGoalsInput!) { setGoals(input: $input) { id } }',
      {
        input: {
          goals: [
            {
              repId,
              period: '2017-12',
              metric: 'WON_REVENUE',
              target: seen.suggestedTarget,
              expectedVersion: seen.existingGoalVersion,
            },
          ],
        },
      },
      admin,
    );
    expect(accept.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await read())?.rows.find((r) => r.subjectId === repId)?.existingGoalVersion).toBe(3);
    const high = (await read(90))?.rows.find((r) => r.subjectId === repId);
    expect(Number(high?.suggestedTarget)).toBeCloseTo(Math.round(Number(row.p90)), -1);
    const mine = await t.gql<{ forecastGoalSuggestions: { rows: Row[] } }>(
      SUGGESTIONS,
      { period: '2017-12' },
      darcel,
    );
    expect(mine.data?.forecastGoalSuggestions.rows.map((r) => r.subjectId)).toEqual([repId]);
  });

  it('should place a deal in the stage its history says it was in on each day', async () => {
    const [stages, [rep], [product]]: [{ id: string; name: string }[], { id: string }[], { id: string }[]] =
      await Promise.all([
        t.dataSource.query('SELECT id, name FROM sales_stage'),
        t.dataSource.query("SELECT id FROM rep WHERE name = 'Carl Lin'"),
        t.dataSource.query("SELECT id FROM product WHERE name = 'GTX Pro'"),
      ]);
    const stage = Object.fromEntries(stages.map((s) => [s.name, s.id]));
    const read = async (asOf: string) => {
      const result = await t.gql<{
        forecastPipeline: {
          deals: number;
          stages: { stageName: string; deals: number; inferredStage: number }[];
        };
      }>(PIPELINE, { subject: 'REP', subjectId: rep.id, asOf }, admin);
      return result.data?.forecastPipeline.stages ?? [];
    };
    const days = ['2016-12-01', '2017-01-20', '2017-03-01', '2017-05-02'];
    const before = await Promise.all(days.map(read));
    await t.dataSource.query(
      `INSERT INTO deal (id, external_id, rep_id, product_id, amount_minor, stage_id, engage_date, close_date)
       VALUES ('00000000-0000-4000-8000-00000000f0c1', 'FORECAST-HISTORY', $1, $2, 0, $3, '2017-01-10', '2017-05-01')`,
      [rep.id, product.id, stage['Lost']],
    );
    await t.dataSource.query(
      `INSERT INTO deal_stage_change (id, deal_id, from_stage_id, to_stage_id, changed_on, source) VALUES
         (gen_random_uuid(), '00000000-0000-4000-8000-00000000f0c1', NULL, $1, '2017-01-10', 'API'),
         (gen_random_uuid(), '00000000-0000-4000-8000-00000000f0c1', $1, $2, '2017-02-15', 'API'),
         (gen_random_uuid(), '00000000-0000-4000-8000-00000000f0c1', $2, $3, '2017-05-01', 'API')`,
      [stage['Prospecting'], stage['Engaging'], stage['Lost']],
    );
    const after = await Promise.all(days.map(read));
    const count = (rows: { stageName: string; deals: number }[], name: string) =>
      rows.find((r) => r.stageName === name)?.deals ?? 0;
    const added = days.map((day, i) => [
      day,
      count(after[i], 'Prospecting') - count(before[i], 'Prospecting'),
      count(after[i], 'Engaging') - count(before[i], 'Engaging'),
    ]);
    expect(added).toEqual([
      ['2016-12-01', 0, 0],
      ['2017-01-20', 1, 0],
      ['2017-03-01', 0, 1],
      ['2017-05-02', 0, 0],
    ]);
    expect(after[1].find((r) => r.stageName === 'Prospecting')?.inferredStage).toBe(0);
  });
});
