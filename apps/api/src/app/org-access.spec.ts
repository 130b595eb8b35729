import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const REPS =
  'query($filter: RepFilter) { reps(first: 100, filter: $filter) { totalCount edges { node { id name email team { name } } } } }';
const TEAMS =
  '{ teams(first: 100) { totalCount edges { node { id name parentId parent { name } manager { name } repCount } } } }';

type RepsData = {
  reps: { totalCount: number; edges: { node: { id: string; name: string; team: { name: string } } }[] };
};
type TeamsData = {
  teams: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        name: string;
        parentId: string | null;
        parent: { name: string } | null;
        repCount: number;
      };
    }[];
  };
};

describe('org access by role', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let rep: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    manager = await t.login('melvin.marxen@salesops.demo');
    rep = await t.login('darcel.schlecht@salesops.demo');
  });

  afterAll(() => t.stop());

  it('should show the admin all 35 reps of the data set and the 9 teams', async () => {
    const reps = await t.gql<RepsData>(REPS, {}, admin);
    expect(reps.data?.reps.totalCount).toBe(35);
    const teams = await t.gql<TeamsData>(TEAMS, {}, admin);
    expect(teams.data?.teams.totalCount).toBe(9);
    const roots = teams.data?.teams.edges
      .filter((e) => e.node.parentId === null)
      .map((e) => e.node.name)
      .sort();
    expect(roots).toEqual(['Central', 'East', 'West']);
    const melvin = teams.data?.teams.edges.find((e) => e.node.name === "Melvin Marxen's team")?.node;
    expect(melvin).toMatchObject({
      parent: { name: 'Central' },
      manager: { name: 'Melvin Marxen' },
      repCount: 6,
    });
  });

  it("should show a manager only their own team's reps", async () => {
    const reps = await t.gql<RepsData>(REPS, {}, manager);
    expect(reps.data?.reps.totalCount).toBe(6);
    expect(new Set(reps.data?.reps.edges.map((e) => e.node.team.name))).toEqual(
      new Set(["Melvin Marxen's team"]),
    );
    const teams = await t.gql<TeamsData>(TEAMS, {}, manager);
    expect(teams.data?.teams.edges.map((e) => e.node.name)).toEqual(["Melvin Marxen's team"]);
    // The region above is outside the subtree: the nested field gives nothing rather than leaking it.
    expect(teams.data?.teams.edges[0].node.parent).toBeNull();
  });

  it('should show a rep only themselves, even when filtering for others', async () => {
    const reps = await t.gql<RepsData>(REPS, { filter: { search: 'a' } }, rep);
    expect(reps.data?.reps.edges.map((e) => e.node.name)).toEqual(['Darcel Schlecht']);
  });

  it('should answer NOT_FOUND when a rep or manager asks for someone outside their scope', async () => {
    const all = await t.gql<RepsData>(REPS, {}, admin);
    const other = all.data?.reps.edges.find((e) => e.node.name === 'Anna Snelling')?.node.id;
    for (const token of [rep, manager]) {
      const result = await t.gql('query($id: ID!) { rep(id: $id) { name } }', { id: other }, token);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
  });

  it('should answer a rep by id to whoever sees it in the list: a manager their team, a rep themself', async () => {
    const ONE = 'query($id: ID!) { rep(id: $id) { name team { name } } }';
    for (const token of [manager, rep]) {
      const visible = (await t.gql<RepsData>(REPS, {}, token)).data?.reps.edges ?? [];
      expect(visible.length).toBeGreaterThan(0);
      for (const { node } of visible) {
        const one = await t.gql<{ rep: { name: string; team: { name: string } } }>(
          ONE,
          { id: node.id },
          token,
        );
        expect(one.data?.rep).toEqual({ name: node.name, team: node.team });
      }
    }
  });

  it.each([
    ['createTeam', 'mutation { createTeam(input: { name: "Rogue" }) { id } }'],
    [
      'createRep',
      'mutation { createRep(input: { name: "X", email: "x@y.co", teamId: "00000000-0000-0000-0000-000000000000" }) { id } }',
    ],
    [
      'moveRep',
      'mutation { moveRep(input: { repId: "00000000-0000-0000-0000-000000000000", teamId: "00000000-0000-0000-0000-000000000000" }) { id } }',
    ],
    [
      'deactivateRep',
      'mutation { deactivateRep(input: { id: "00000000-0000-0000-0000-000000000000" }) { id } }',
    ],
    [
      'updateTeam',
      'mutation { updateTeam(input: { id: "00000000-0000-0000-0000-000000000000", name: "x" }) { id } }',
    ],
    ['users', '{ users { totalCount } }'],
  ])('should refuse %s to a rep with FORBIDDEN and change nothing', async (_name, operation) => {
    const [teamsBefore, repsBefore] = [await t.count('team'), await t.count('rep')];
    const result = await t.gql(operation, {}, rep);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect([await t.count('team'), await t.count('rep')]).toEqual([teamsBefore, repsBefore]);
  });

  it('should refuse a manager moving a rep into a team outside their subtree', async () => {
    const all = await t.gql<RepsData>(REPS, {}, admin);
    const darcel = all.data?.reps.edges.find((e) => e.node.name === 'Darcel Schlecht')?.node.id;
    const teams = await t.gql<TeamsData>(TEAMS, {}, admin);
    const east = teams.data?.teams.edges.find((e) => e.node.name === 'East')?.node.id;
    const result = await t.gql(
      'mutation($input: MoveRepInput!) { moveRep(input: $input) { team { name } } }',
      { input: { repId: darcel, teamId: east } },
      manager,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
  });
});
