import { getNamedType, getNullableType, type GraphQLInputType, isInputObjectType, isListType } from 'graphql';

import { operationFor, rootFields, type RootKind } from './schema-operations';

/** How an argument is written: a day, an instant, or a period key (all periods, pay periods, fiscal years). */
export type DateKind = 'DATE' | 'DATE_TIME' | 'PERIOD' | 'PAY_PERIOD' | 'FISCAL_YEAR';

const BAD_PERIODS = [
  'FY0000',
  'FY9999',
  'FY1899',
  'FY3000',
  'FY9999-Q4',
  '0000-01',
  '9999-12',
  '1899-12',
  '3000-01',
];
const BAD_KEYS = [
  '2017-13',
  '2017-00',
  '2017-W00',
  '2017-W53',
  '2999-W53',
  '3000-W01',
  'FY2017-Q5',
  'FY17',
  '2017',
  '2017-02-30',
  '',
  'garbage',
];

/**
 * Calendar edge cases every argument of a kind refuses: Feb 29 of non-leap years (1900 and 2100 too),
 * Feb 30, month 13, day 0, year 0000 and 9999, the day outside each end of 1900-01-01..2999-12-31, garbage.
 * ('' and 2017-3-1 are left out for days: a deal upsert reads them as no date and as 2017-03-01, like a CSV.)
 */
export const REFUSED: Readonly<Record<DateKind, readonly string[]>> = {
  DATE: [
    '2017-02-29',
    '1900-02-29',
    '2100-02-29',
    '2017-02-30',
    '2017-04-31',
    '2017-13-01',
    '2017-00-10',
    '2017-01-00',
    '2017-01-32',
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '1899-12-31',
    '3000-01-01',
    '17-03-01',
    '2017/03/01',
    '2017-03-01T00:00:00Z',
    'yesterday',
  ],
  DATE_TIME: [
    '2017-02-30T00:00:00Z',
    '2017-02-29T12:00:00Z',
    '2017-13-01T00:00:00Z',
    '2017-01-00T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '1899-12-31T23:59:59Z',
    '3000-01-01T00:00:00Z',
    '1900-01-01T00:30:00+01:00',
    '2017-03-01T24:00:00Z',
    '2017-03-01T09:00:00',
    '2017-03-01',
    '',
    'garbage',
  ],
  PERIOD: [...BAD_PERIODS, ...BAD_KEYS],
  PAY_PERIOD: [...BAD_PERIODS, ...BAD_KEYS, '2017-W09', '1900-W01'],
  FISCAL_YEAR: [...BAD_PERIODS, ...BAD_KEYS, 'FY2017-Q1', '2017-03', '2017-W09'],
};

/** The range ends and leap days, which no argument may refuse for its format. */
export const ACCEPTED: Readonly<Record<DateKind, readonly string[]>> = {
  DATE: ['1900-01-01', '2999-12-31', '2016-02-29', '2000-02-29'],
  DATE_TIME: ['1900-01-01T00:00:00Z', '2999-12-31T23:59:59.999Z', '2016-02-29T12:00:00+09:00'],
  PERIOD: ['FY1900', 'FY2999', 'FY2999-Q4', '1900-01', '2999-12', '1900-W01', '2999-W52', '2020-W53'],
  PAY_PERIOD: ['FY1900', 'FY2999-Q4', '1900-01', '2999-12'],
  FISCAL_YEAR: ['FY1900', 'FY2999'],
};

/** What the shared date and period rules answer (upserted deals word it like a CSV import). */
export const FORMAT_MESSAGE =
  /must be a real date|must be a date and time|must be a period key|must be a fiscal year such as|is not a date/;

const ID = '00000000-0000-4000-8000-000000000000';
let serial = 0;
const unique = (prefix: string): string => `${prefix}${++serial}`;
const survey = () => ({
  title: 'Date fuzz',
  toolIds: [ID],
  opensAt: '2030-01-01T00:00:00Z',
  closesAt: '2030-02-01T00:00:00Z',
  questions: [{ kind: 'CSAT', prompt: 'Rate it' }],
});
const planContent = () => ({
  payFrequency: 'QUARTER',
  effectiveFrom: '1900-01-01',
  document: '',
  rules: {
    currency: 'USD',
    targetVariableMinor: '0',
    measures: [
      {
        key: 'c',
        label: 'C',
        metric: 'WON_REVENUE',
        scope: 'REP',
        weight: '0',
        curve: { kind: 'COMMISSION', rate: '0.01' },
      },
    ],
  },
});
const goal = () => ({ repId: ID, period: 'FY2017', metric: 'WON_REVENUE', target: '1000' });
const period = (kind: DateKind = 'PERIOD') => ({
  variables: () => ({ period: 'FY2017' }),
  dates: { period: kind },
});

/** Every date or period argument: otherwise valid variables, and the path of each date in them. */
const ARGUMENTS: Record<
  string,
  { variables: () => Record<string, unknown>; dates: Record<string, DateKind>; caller?: 'REP' }
> = {
  'Query.auditEvents': {
    variables: () => ({ filter: {} }),
    dates: { 'filter.from': 'DATE_TIME', 'filter.to': 'DATE_TIME' },
  },
  'Query.deals': {
    variables: () => ({ filter: {} }),
    dates: {
      'filter.closedFrom': 'DATE',
      'filter.closedTo': 'DATE',
      'filter.engagedFrom': 'DATE',
      'filter.engagedTo': 'DATE',
      'filter.bookAt': 'DATE',
    },
  },
  'Query.forecast': {
    variables: () => ({ subject: 'COMPANY', period: 'FY2017', asOf: '2017-01-01' }),
    dates: { period: 'PERIOD', asOf: 'DATE' },
  },
  'Query.forecastBacktest': { variables: () => ({ subject: 'COMPANY' }), dates: { asOf: 'DATE' } },
  'Query.forecastGoalSuggestions': {
    variables: () => ({ period: 'FY2017' }),
    dates: { period: 'PERIOD', asOf: 'DATE' },
  },
  'Query.forecastPipeline': { variables: () => ({ subject: 'COMPANY' }), dates: { asOf: 'DATE' } },
  'Query.forecastCalls': period(),
  'Query.forecastCallHistory': {
    variables: () => ({ subject: 'TEAM', subjectId: ID, period: 'FY2017' }),
    dates: { period: 'PERIOD' },
  },
  'Query.forecastSnapshots': { variables: () => ({ subject: 'COMPANY' }), dates: { period: 'PERIOD' } },
  'Mutation.submitForecastCall': {
    variables: () => ({ input: { teamId: ID, period: 'FY2017', commit: '100', bestCase: '200' } }),
    dates: { 'input.period': 'PERIOD' },
  },
  'Mutation.saveForecastSnapshot': {
    variables: () => ({ input: { subject: 'COMPANY', period: 'FY2017', asOf: '2017-01-01' } }),
    dates: { 'input.period': 'PERIOD', 'input.asOf': 'DATE' },
  },
  'Query.goalActuals': {
    variables: () => ({ period: 'FY2017', metric: 'WON_REVENUE' }),
    dates: { period: 'PERIOD' },
  },
  'Query.goals': period(),
  'Query.leaderboard': period(),
  'Query.payPeriods': { variables: () => ({ fiscalYear: 'FY2017' }), dates: { fiscalYear: 'FISCAL_YEAR' } },
  'Query.period': { variables: () => ({ key: 'FY2017' }), dates: { key: 'PERIOD' } },
  'Query.payoutStatements': { variables: () => ({ period: 'FY2017' }), dates: { period: 'PAY_PERIOD' } },
  'Query.payoutStatement': {
    variables: () => ({ repId: ID, period: 'FY2017' }),
    dates: { period: 'PAY_PERIOD' },
  },
  'Query.payoutLineDeals': {
    variables: () => ({ repId: ID, period: 'FY2017', lineKey: 'x' }),
    dates: { period: 'PAY_PERIOD' },
  },
  'Query.performanceTrend': period(),
  'Query.repComparison': period(),
  'Query.stageConversion': period(),
  'Query.teamGoalGaps': period(),
  'Query.teamPerformance': period(),
  'Mutation.addAbsence': {
    variables: () => ({ input: { repId: ID, startsOn: '2017-03-01', endsOn: '2017-03-02' } }),
    dates: { 'input.startsOn': 'DATE', 'input.endsOn': 'DATE' },
  },
  'Mutation.assignToolSeats': {
    variables: () => ({ input: { toolId: ID, repIds: [ID] } }),
    dates: { 'input.startsOn': 'DATE' },
  },
  'Mutation.adjustPayout': {
    variables: () => ({
      input: { repId: ID, period: 'FY2017', amount: '1.00', kind: 'ADJUSTMENT', reason: 'fuzz' },
    }),
    dates: { 'input.period': 'PAY_PERIOD' },
  },
  'Mutation.reconcilePayouts': period('PAY_PERIOD'),
  'Mutation.assignPlan': {
    variables: () => ({ input: { planVersionId: ID, repIds: [ID], validFrom: '2017-01-01' } }),
    dates: { 'input.validFrom': 'DATE', 'input.validTo': 'DATE' },
  },
  'Mutation.createCompPlan': {
    variables: () => ({ input: { name: unique('Date fuzz plan '), content: planContent() } }),
    dates: { 'input.content.effectiveFrom': 'DATE', 'input.content.effectiveTo': 'DATE' },
  },
  'Mutation.savePlanDraft': {
    variables: () => ({ input: { versionId: ID, expectedVersion: 1, content: planContent() } }),
    dates: { 'input.content.effectiveFrom': 'DATE', 'input.content.effectiveTo': 'DATE' },
  },
  'Mutation.endPlanAssignment': {
    variables: () => ({ input: { assignmentId: ID, validTo: '2017-01-01' } }),
    dates: { 'input.validTo': 'DATE' },
  },
  'Mutation.raisePayoutDispute': {
    variables: () => ({ input: { period: 'FY2017', lineKey: 'x', note: 'fuzz' } }),
    dates: { 'input.period': 'PAY_PERIOD' },
    caller: 'REP',
  },
  'Mutation.resolvePayoutDispute': {
    variables: () => ({
      input: { disputeId: ID, decision: 'ADJUST', answer: 'fuzz', amount: '1.00', period: 'FY2017' },
    }),
    dates: { 'input.period': 'PAY_PERIOD' },
  },
  'Mutation.closePayPeriod': {
    variables: () => ({ input: { period: 'FY2017' } }),
    dates: { 'input.period': 'PAY_PERIOD' },
  },
  'Mutation.copyGoals': {
    variables: () => ({ input: { fromPeriod: 'FY2017', toPeriod: 'FY2018', percentChange: 0 } }),
    dates: { 'input.fromPeriod': 'PERIOD', 'input.toPeriod': 'PERIOD' },
  },
  'Mutation.createApiKey': {
    variables: () => ({ input: { name: unique('date fuzz '), scopes: ['READ'] } }),
    dates: { 'input.expiresAt': 'DATE_TIME' },
  },
  'Mutation.createRep': {
    variables: () => ({
      input: { name: unique('Date Fuzz '), email: `${unique('date.fuzz.')}@example.com`, teamId: ID },
    }),
    dates: { 'input.hireDate': 'DATE' },
  },
  'Mutation.createReps': {
    variables: () => ({
      input: {
        reps: [{ name: unique('Date Fuzz '), email: `${unique('date.fuzz.')}@example.com`, teamId: ID }],
      },
    }),
    dates: { 'input.reps.0.hireDate': 'DATE' },
  },
  'Mutation.importOrg': {
    variables: () => ({
      input: {
        rows: [{ rep: unique('Date Fuzz '), team: unique('Date Fuzz team ') }],
        emailDomain: 'example.com',
        dryRun: true,
      },
    }),
    dates: { 'input.membershipFrom': 'DATE' },
  },
  'Mutation.createSalesTool': {
    variables: () => ({ input: { name: unique('Date fuzz '), category: 'OTHER' } }),
    dates: { 'input.renewalDate': 'DATE' },
  },
  'Mutation.createSurvey': {
    variables: () => ({ input: survey() }),
    dates: { 'input.opensAt': 'DATE_TIME', 'input.closesAt': 'DATE_TIME' },
  },
  'Mutation.newSurveyWave': {
    variables: () => ({
      input: { fromSurveyId: ID, opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' },
    }),
    dates: { 'input.opensAt': 'DATE_TIME', 'input.closesAt': 'DATE_TIME' },
  },
  'Mutation.releaseToolSeat': {
    variables: () => ({ input: { seatId: ID } }),
    dates: { 'input.endsOn': 'DATE' },
  },
  'Mutation.setGoal': { variables: () => ({ input: goal() }), dates: { 'input.period': 'PERIOD' } },
  'Mutation.setGoals': {
    variables: () => ({ input: { goals: [goal()] } }),
    dates: { 'input.goals.0.period': 'PERIOD' },
  },
  'Mutation.setTeamRepGoals': {
    variables: () => ({ input: { teamId: ID, period: 'FY2017', metric: 'WON_REVENUE', target: '1000' } }),
    dates: { 'input.period': 'PERIOD' },
  },
  'Mutation.updateRep': { variables: () => ({ input: { id: ID } }), dates: { 'input.hireDate': 'DATE' } },
  'Mutation.updateSalesTool': {
    variables: () => ({ input: { id: ID, expectedVersion: 1 } }),
    dates: { 'input.renewalDate': 'DATE' },
  },
  'Mutation.updateSurvey': {
    variables: () => ({ input: { id: ID, expectedVersion: 1, survey: survey() } }),
    dates: { 'input.survey.opensAt': 'DATE_TIME', 'input.survey.closesAt': 'DATE_TIME' },
  },
  'Mutation.upsertDeals': {
    variables: () => ({ input: { deals: [{ externalId: unique('DATE-FUZZ-'), stage: 'Won' }] } }),
    dates: {
      'input.deals.0.engageDate': 'DATE',
      'input.deals.0.expectedCloseDate': 'DATE',
      'input.deals.0.closeDate': 'DATE',
    },
  },
};

// Names of CSV columns, not dates.
const NOT_DATES = new Set(
  ['closeDate', 'engageDate', 'expectedCloseDate'].map(
    (name) => `Mutation.createDealImport input.mapping.columns.${name}`,
  ),
);
const DATE_NAME = /(Date|date|Period|period|On|fiscalYear)$/;
const DATE_DESCRIPTION = /YYYY-MM-DD|period key|fiscal year/i;

/** `Query.deals filter.closedFrom` for every argument the schema names or describes as a date or a period. */
export function dateArgumentsInSchema(): string[] {
  const found: string[] = [];
  const walk = (root: string, path: string, type: GraphQLInputType, description?: string | null): void => {
    const inner = getNullableType(type);
    const named = getNamedType(type);
    const name = path.split('.').at(-1) ?? '';
    if (isListType(inner)) walk(root, `${path}.0`, inner.ofType, description);
    else if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields()))
        walk(root, `${path}.${field.name}`, field.type, field.description);
    } else if (
      named.name === 'DateTime' ||
      (named.name === 'String' && (DATE_NAME.test(name) || DATE_DESCRIPTION.test(description ?? '')))
    ) {
      if (!NOT_DATES.has(`${root} ${path}`)) found.push(`${root} ${path}`);
    }
  };
  for (const { kind, field } of rootFields())
    for (const arg of field.args) walk(`${kind}.${field.name}`, arg.name, arg.type, arg.description);
  return found.sort();
}

export interface DateArgument {
  /** `Mutation.addAbsence input.startsOn` */
  name: string;
  dateKind: DateKind;
  /** What `extensions.field` says: an `input` argument's fields without it, others with the argument's name. */
  errorField: string;
  /** Who sends it: an admin, or a rep for what only reps may do. */
  caller: 'ADMIN' | 'REP';
  request(value: string): { query: string; variables: Record<string, unknown> };
}

export const DATE_ARGUMENTS: DateArgument[] = Object.entries(ARGUMENTS).flatMap(([root, argument]) => {
  const [kind, fieldName] = root.split('.') as [RootKind, string];
  const field = rootFields().find(
    (candidate) => candidate.kind === kind && candidate.field.name === fieldName,
  )?.field;
  if (!field) throw new Error(`${root} is not in the schema`);
  return Object.entries(argument.dates).map(([path, dateKind]) => ({
    name: `${root} ${path}`,
    dateKind,
    errorField: path.replace(/^input\./, ''),
    caller: argument.caller ?? 'ADMIN',
    request: (value: string) => {
      const variables = argument.variables();
      setPath(variables, path.split('.'), value);
      return {
        query: operationFor(
          kind,
          field,
          field.args.filter((arg) => arg.name in variables),
        ),
        variables,
      };
    },
  }));
});

function setPath(target: Record<string, unknown>, [head, ...rest]: string[], value: unknown): void {
  if (rest.length === 0) target[head] = value;
  else setPath((target[head] ??= {}) as Record<string, unknown>, rest, value);
}
