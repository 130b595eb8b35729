import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import {
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { operationFor, rootFields, type RootKind } from '../testing/schema-operations';
import { TestApp } from '../testing/test-app';

type Caller = 'anonymous' | 'ADMIN' | 'MANAGER' | 'REP';
const A = 'ADMIN';
const M = 'MANAGER';
const R = 'REP';

/**
 * Who may call each root field. A field missing here fails this test: every new query or mutation
 * needs a deliberate entry. 'public' means anyone, signed in or not.
 */
const ACCESS: Record<string, readonly Caller[] | 'public'> = {
  'Query.deals': [A, M, R],
  'Query.goals': [A, M, R],
  'Query.goalActuals': [A, M, R],
  'Query.goalPeriods': [A, M, R],
  'Query.payPeriods': [A, M, R],
  'Mutation.closePayPeriod': [A],
  'Query.compPlans': [A, M],
  'Query.planVersion': [A, M],
  'Query.planAssignments': [A, M],
  'Query.myPlans': [R],
  'Query.payoutStatements': [A, M, R],
  'Query.payoutStatement': [A, M, R],
  'Query.payoutLineDeals': [A, M, R],
  'Query.payoutDisputes': [A, M, R],
  'Mutation.createCompPlan': [A],
  'Mutation.savePlanDraft': [A],
  'Mutation.newPlanVersion': [A],
  'Mutation.publishPlanVersion': [A],
  'Mutation.retirePlanVersion': [A],
  'Mutation.deletePlanDraft': [A],
  'Mutation.assignPlan': [A],
  'Mutation.endPlanAssignment': [A],
  'Mutation.acknowledgePlan': [R],
  'Mutation.adjustPayout': [A],
  'Mutation.reconcilePayouts': [A],
  'Mutation.raisePayoutDispute': [R],
  'Mutation.resolvePayoutDispute': [A],
  'Query.teamPerformance': [A, M],
  'Query.performanceTrend': [A, M, R],
  'Query.forecast': [A, M, R],
  'Query.forecastBacktest': [A, M, R],
  'Query.forecastPipeline': [A, M, R],
  'Query.forecastGoalSuggestions': [A, M, R],
  'Query.forecastCalls': [A, M, R],
  'Query.forecastCallHistory': [A, M, R],
  'Query.forecastSnapshots': [A, M, R],
  'Mutation.submitForecastCall': [A, M, R],
  'Mutation.saveForecastSnapshot': [A, M],
  'Query.auditEvents': [A],
  'Query.apiKeys': [A],
  'Mutation.createApiKey': [A],
  'Mutation.revokeApiKey': [A],
  'Mutation.deleteApiKey': [A],
  'Mutation.deleteGoal': [A],
  'Mutation.deleteSurvey': [A],
  'Mutation.deleteSalesTool': [A],
  'Mutation.archiveTeam': [A],
  'Mutation.unarchiveTeam': [A],
  'Mutation.eraseRep': [A],
  'Mutation.importOrg': [A],
  'Query.salesTools': [A, M],
  'Query.salesTool': [A, M],
  'Query.toolSeats': [A, M],
  'Query.surveys': [A],
  'Query.survey': [A],
  'Query.mySurveys': [R],
  'Query.surveyResults': [A],
  'Query.toolScorecard': [A],
  'Mutation.createSalesTool': [A],
  'Mutation.updateSalesTool': [A],
  'Mutation.assignToolSeats': [A],
  'Mutation.releaseToolSeat': [A],
  'Mutation.createSurvey': [A],
  'Mutation.updateSurvey': [A],
  'Mutation.publishSurvey': [A],
  'Mutation.closeSurvey': [A],
  'Mutation.newSurveyWave': [A],
  'Mutation.submitSurveyResponse': [R],
  'Query.stageConversion': [A, M, R],
  'Query.importJob': [A],
  'Query.importJobs': [A],
  'Query.importRejections': [A],
  'Query.importRejectionGroups': [A],
  'Query.importUnknownNames': [A],
  'Query.leaderboard': [A, M, R],
  'Query.me': [A, M, R],
  'Query.fiscalCalendar': [A, M, R],
  'Query.period': [A, M, R],
  'Query.rep': [A, M, R],
  'Query.repComparison': [A, M, R],
  'Query.reps': [A, M, R],
  'Query.routingDecisions': [A],
  'Query.routingRules': [A],
  'Query.salesStage': [A, M, R],
  'Query.salesStages': [A, M, R],
  'Query.team': [A, M, R],
  'Query.teamGoalGaps': [A, M],
  'Query.teams': [A, M, R],
  'Query.users': [A],
  'Mutation.addAbsence': [A],
  'Mutation.copyGoals': [A, M],
  'Mutation.createDealImport': [A],
  'Mutation.createRep': [A, M],
  'Mutation.createReps': [A, M],
  'Mutation.createSalesStage': [A],
  'Mutation.createTeam': [A, M],
  'Mutation.deactivateRep': [A, M],
  'Mutation.login': 'public',
  'Mutation.logout': [A, M, R],
  'Mutation.moveRep': [A, M],
  'Mutation.reactivateRep': [A, M],
  'Mutation.removeAbsence': [A],
  'Mutation.routeUnassignedDeals': [A],
  'Mutation.setGoal': [A, M],
  'Mutation.setGoals': [A, M],
  'Mutation.setRoutingRule': [A],
  'Mutation.setTeamRepGoals': [A, M],
  'Mutation.updateRep': [A, M],
  'Mutation.updateSalesStage': [A],
  'Mutation.updateTeam': [A, M],
  'Mutation.upsertDeals': [A],
};

const ROOT_FIELDS = rootFields();

/** A value of the right GraphQL type, so the request reaches the resolver (and its guard). */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'StringMap':
        return {};
      case 'DateTime':
        return '2017-01-01T00:00:00Z';
      default:
        return 'FY2017';
    }
  }
  throw new Error(`no sample for ${String(inner)}`);
}

function operation(
  kind: RootKind,
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  return {
    query: operationFor(kind, field, required),
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

describe('access: every root field as every role', () => {
  let t: TestApp;
  const logins: Record<Exclude<Caller, 'anonymous'>, [string, string]> = {
    ADMIN: [DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD],
    MANAGER: ['melvin.marxen@salesops.demo', 'demo-pass'],
    REP: ['darcel.schlecht@salesops.demo', 'demo-pass'],
  };

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(() => t.stop());

  it('should have an access rule for every root field, and no rule for a field that is gone', () => {
    const names = ROOT_FIELDS.map(({ kind, field }) => `${kind}.${field.name}`).sort();
    expect(names).toEqual(Object.keys(ACCESS).sort());
  });

  const cases = ROOT_FIELDS.filter(({ field }) => field.name !== 'login').flatMap(({ kind, field }) =>
    (['anonymous', 'ADMIN', 'MANAGER', 'REP'] as const).map((caller) => ({ kind, field, caller })),
  );

  it.each(cases.map((c) => [`${c.kind}.${c.field.name}`, c.caller, c] as const))(
    '%s as %s',
    async (name, caller, c) => {
      const rule = ACCESS[name];
      // A fresh session per call: some fields (logout) end the session they are called with.
      const token = caller === 'anonymous' ? undefined : await t.login(...logins[caller]);
      const { query, variables } = operation(c.kind, c.field);
      const result = await t.gql(query, variables, token);
      const code = result.errors?.[0]?.extensions?.['code'];
      const allowed = rule === 'public' || (caller !== 'anonymous' && rule.includes(caller));
      if (allowed) {
        // Reached the resolver: it may still refuse the sample input, but not the caller.
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
        expect(code).not.toBe('INTERNAL_SERVER_ERROR');
      } else {
        expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        // Nothing reached the caller: no data, or a nullable field answered null beside the error.
        expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
      }
    },
  );

  it('should let anyone sign in, signed in or not', async () => {
    const login = await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', {
      i: { email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
  });
});
