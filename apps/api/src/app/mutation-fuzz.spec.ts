import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import fc from 'fast-check';
import {
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

import {
  ACCEPTED,
  DATE_ARGUMENTS,
  type DateArgument,
  dateArgumentsInSchema,
  FORMAT_MESSAGE,
  REFUSED,
} from '../testing/date-arguments';
import { operationFor, rootFields, type RootKind } from '../testing/schema-operations';
import { TestApp } from '../testing/test-app';

// logout ends the session the fuzz runs with; everything else is fair game.
const MUTATIONS = rootFields()
  .filter(({ kind, field }) => kind === 'Mutation' && field.name !== 'logout')
  .map(({ field }) => field);
const QUERIES = rootFields()
  .filter(({ kind }) => kind === 'Query')
  .map(({ field }) => field);
const CALENDAR_EDGES = [...new Set(Object.values({ ...REFUSED, ...ACCEPTED }).flat())];
const TABLES = [
  'team',
  'rep',
  'app_user',
  'rep_team_membership',
  'deal',
  'deal_stage_change',
  'goal',
  'sales_stage',
  'routing_rule',
  'rep_absence',
  'import_job',
];

/** Values of the right GraphQL type but any content: odd strings, huge and negative numbers, real and fake ids. */
function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type);
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner))
    value = fc.array(arbitraryFor(inner.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  else if (isEnumType(inner)) value = fc.constantFrom(...inner.getValues().map((v) => v.name));
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value = fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, ids, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  } else {
    switch (inner.name) {
      case 'ID':
        return withNull(fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string({ maxLength: 40 })), required);
      case 'Int':
        value = fc.oneof(
          fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
          fc.constantFrom(0, 1, -1, 100, 101),
        );
        break;
      case 'Float':
        value = fc.double({ noNaN: true, noDefaultInfinity: true });
        break;
      case 'Boolean':
        value = fc.boolean();
        break;
      case 'StringMap':
        value = fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });
        break;
      case 'DateTime':
        value = fc.oneof(
          fc.constantFrom(...REFUSED.DATE_TIME, ...ACCEPTED.DATE_TIME),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string({ maxLength: 40 }),
        );
        break;
      default:
        value = fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom(
            '',
            ' ',
            'FY2017',
            'Won',
            'Prospecting',
            '1e9',
            '-5',
            '12.345',
            "'; DROP TABLE rep; --",
            'a@b.co',
            '\u0000',
          ),
          fc.constantFrom(...CALENDAR_EDGES),
        );
    }
  }
  return withNull(value, required);
}

function withNull(value: fc.Arbitrary<unknown>, required: boolean): fc.Arbitrary<unknown> {
  return required ? value : fc.option(value, { nil: null });
}

describe('every query and mutation under random input', () => {
  let t: TestApp;
  let admin: string;
  let ids: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const rows: { id: string }[] = await t.dataSource.query(
      '(SELECT id FROM team LIMIT 3) UNION ALL (SELECT id FROM rep LIMIT 3) UNION ALL (SELECT id FROM app_user WHERE role = $1 LIMIT 2)',
      ['MANAGER'],
    );
    ids = rows.map((row) => row.id);
  });

  afterAll(() => t.stop());

  async function counts(): Promise<number[]> {
    return Promise.all(TABLES.map((table) => t.count(table)));
  }

  function fuzz(kind: RootKind, field: (typeof MUTATIONS)[number]): Promise<void> {
    const variables = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryFor(arg.type, ids)])),
    );
    return fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const before = kind === 'Mutation' ? await counts() : [];
        const result = await t.gql(
          operationFor(kind, field, field.args),
          vars as Record<string, unknown>,
          admin,
        );
        const text = JSON.stringify(result);
        expect(result.status).toBeLessThan(500);
        expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|node_modules|QueryFailedError/);
        if (kind === 'Mutation' && result.errors?.length) expect(await counts()).toEqual(before);
      }),
      { numRuns: 25, seed: 20261127 },
    );
  }

  it.each(MUTATIONS.map((field) => [field.name, field] as const))(
    '%s: never a 500, never a stack trace, nothing written when refused',
    (_name, field) => fuzz('Mutation', field),
    60_000,
  );

  it.each(QUERIES.filter((field) => field.args.length > 0).map((field) => [field.name, field] as const))(
    'query %s: never a 500, never a stack trace',
    (_name, field) => fuzz('Query', field),
    60_000,
  );
});

describe('date and period arguments at the edges of the calendar', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;
  const tokenFor = (argument: DateArgument) => (argument.caller === 'REP' ? rep : admin);

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    rep = await t.login('darcel.schlecht@salesops.demo');
  });

  afterAll(() => t.stop());

  it('should check every argument the schema names or describes as a date or a period', () => {
    expect(DATE_ARGUMENTS.map((argument) => argument.name).sort()).toEqual(dateArgumentsInSchema());
  });

  it.each(DATE_ARGUMENTS.map((argument) => [argument.name, argument] as const))(
    '%s: should answer BAD_USER_INPUT naming it when the day does not exist or is out of range',
    async (_name, argument) => {
      for (const value of REFUSED[argument.dateKind]) {
        const { query, variables } = argument.request(value);
        const result = await t.gql(query, variables, tokenFor(argument));
        const error = result.errors?.[0]?.extensions;
        expect({ value, code: error?.['code'], field: error?.['field'] }).toEqual({
          value,
          code: 'BAD_USER_INPUT',
          field: argument.errorField,
        });
      }
    },
    30_000,
  );

  it.each(DATE_ARGUMENTS.map((argument) => [argument.name, argument] as const))(
    '%s: should take the ends of the range and leap days',
    async (_name, argument) => {
      for (const value of ACCEPTED[argument.dateKind]) {
        const { query, variables } = argument.request(value);
        const result = await t.gql(query, variables, tokenFor(argument));
        const fieldErrors = (result.errors ?? []).flatMap(
          (error) => (error.extensions?.['fieldErrors'] ?? []) as { field: string; message: string }[],
        );
        const refusals = fieldErrors.filter(
          (e) => e.field === argument.errorField && FORMAT_MESSAGE.test(e.message),
        );
        const internal = JSON.stringify(result).includes('INTERNAL_SERVER_ERROR');
        expect({ value, internal, refusals }).toEqual({ value, internal: false, refusals: [] });
      }
    },
    30_000,
  );
});
