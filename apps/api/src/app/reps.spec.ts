import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { type GraphQLResponse, TestApp } from '../testing/test-app';

const PAGE = `query($first: Int!, $after: String, $sort: RepSort) {
  reps(first: $first, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } }
}`;
const CREATE =
  'mutation($input: CreateRepInput!) { createRep(input: $input) { id name email teamId active } }';
const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name parentId } }';

type Page = {
  reps: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string } }[];
  };
};

describe('reps and teams', () => {
  let t: TestApp;
  let admin: string;
  let teamId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const rows: { id: string }[] = await t.dataSource.query(
      "SELECT id FROM team WHERE name = 'Cara Losch''s team'",
    );
    teamId = rows[0].id;
  });

  afterAll(() => t.stop());

  async function allPages(direction: 'ASC' | 'DESC', first: number): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const result: { data?: Page | null } = await t.gql<Page>(
        PAGE,
        { first, after, sort: { field: 'NAME', direction } },
        admin,
      );
      const page = result.data?.reps as Page['reps'];
      expect(page.totalCount).toBe(35);
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) return names;
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  it('should count all matches only when the query asks for totalCount', async () => {
    let names: GraphQLResponse<{ reps: { edges: { node: { name: string } }[] } }> = { status: 0 };
    const uncounted = await t.statementsOf(async () => {
      names = await t.gql('{ reps(first: 5) { edges { node { name } } } }', {}, admin);
    });
    expect(names.data?.reps.edges).toHaveLength(5);
    expect(uncounted.filter((text) => /count\(/i.test(text))).toEqual([]);
    let counted: GraphQLResponse<{ reps: { totalCount: number } }> = { status: 0 };
    const counting = await t.statementsOf(async () => {
      counted = await t.gql('{ reps(first: 5) { totalCount } }', {}, admin);
    });
    expect(counted.errors).toBeUndefined();
    expect(counted.data?.reps.totalCount).toBe(35);
    expect(counting.filter((text) => /count\(/i.test(text))).toHaveLength(1);
  });

  it('should read the team of each rep in the same statement as the page when the query selects it', async () => {
    type Reps = { reps: { edges: { node: { name: string; team?: { id: string; name: string } } }[] } };
    let withTeams: GraphQLResponse<Reps> = { status: 0 };
    const teamsRead = await t.statementsOf(async () => {
      withTeams = await t.gql('{ reps(first: 100) { edges { node { name team { id name } } } } }', {}, admin);
    });
    const namesOnly = await t.statementsOf(() =>
      t.gql('{ reps(first: 100) { edges { node { name } } } }', {}, admin),
    );
    expect(teamsRead).toHaveLength(namesOnly.length);
    const expected: { name: string; team_id: string; team_name: string }[] = await t.dataSource.query(
      'SELECT rep.name, team.id AS team_id, team.name AS team_name FROM rep JOIN team ON team.id = rep.team_id',
    );
    const edges = withTeams.data?.reps.edges ?? [];
    expect(edges).toHaveLength(35);
    expect(edges.map(({ node }) => node).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected
        .map((row) => ({ name: row.name, team: { id: row.team_id, name: row.team_name } }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    // A single rep reads its team in its own statement too, and only when it is asked for.
    const id: string = (
      await t.dataSource.query('SELECT id FROM rep WHERE team_id = $1 LIMIT 1', [teamId])
    )[0].id;
    let one: GraphQLResponse<{ rep: { name: string; team: { id: string; name: string } } }> = { status: 0 };
    const oneWithTeam = await t.statementsOf(async () => {
      one = await t.gql('query($id: ID!) { rep(id: $id) { name team { id name } } }', { id }, admin);
    });
    const oneNameOnly = await t.statementsOf(() =>
      t.gql('query($id: ID!) { rep(id: $id) { name } }', { id }, admin),
    );
    expect(one.data?.rep.team).toEqual({
      id: teamId,
      name: expected.find((row) => row.team_id === teamId)?.team_name,
    });
    expect(oneWithTeam).toHaveLength(oneNameOnly.length);
    expect(oneWithTeam.filter((text) => /JOIN team/i.test(text))).toHaveLength(1);
    expect(oneNameOnly.filter((text) => /JOIN team/i.test(text))).toEqual([]);
    // A mutation's answer has no team preloaded: the field resolver loads it.
    const moved = await t.gql<{ reactivateRep: { team: { id: string } } }>(
      'mutation($id: ID!) { reactivateRep(input: { id: $id }) { team { id } } }',
      { id },
      admin,
    );
    expect(moved.data?.reactivateRep.team.id).toBe(teamId);
  });

  it('should answer each field alike asked alone or with all the others, reading only the columns asked for', async () => {
    const repFields = ['id', 'name', 'email', 'teamId', 'hireDate', 'active', 'createdAt', 'updatedAt'];
    const teamFields = [
      'id',
      'name',
      'parentId',
      'managerId',
      'archivedAt',
      'createdAt',
      'updatedAt',
      'repCount',
    ];
    const teamObjects = ['parent { id name }', 'manager { id email }'];
    const every = `${repFields.join(' ')} team { ${[...teamFields, ...teamObjects].join(' ')} }`;
    type Node = Record<string, unknown> & { team: Record<string, unknown> };
    // The demo's reps have no hire date: two get one, so a wrong column would show.
    await t.dataSource.query(
      "UPDATE rep SET hire_date = DATE '2016-03-01' + (ord * 40)::int FROM (SELECT id, row_number() OVER (ORDER BY name) AS ord FROM rep) r WHERE rep.id = r.id AND r.ord <= 2",
    );
    const list = async (selection: string) => {
      const answer = await t.gql<{ reps: { edges: { node: Node }[] } }>(
        `{ reps(first: 100, sort: { field: NAME, direction: ASC }) { edges { node { id ${selection} } } } }`,
        {},
        admin,
      );
      expect(answer.errors).toBeUndefined();
      return (answer.data?.reps.edges ?? []).map(({ node }) => node);
    };
    const all = await list(every);
    expect(all).toHaveLength(35);
    // The full answer is the stored rows, so the single fields below are held to the database too.
    const stored: Record<string, unknown>[] = await t.dataSource.query(
      `SELECT rep.id, rep.email, rep.hire_date::text AS hire_date, rep.active, rep.created_at, team.parent_id,
              team.manager_id, team.archived_at, team.updated_at AS team_updated_at
         FROM rep JOIN team ON team.id = rep.team_id`,
    );
    for (const node of all) {
      const row = stored.find(({ id }) => id === node['id']) ?? {};
      expect([node['email'], node['hireDate'], node['active'], node['createdAt']]).toEqual([
        row['email'],
        row['hire_date'],
        row['active'],
        (row['created_at'] as Date).toISOString(),
      ]);
      expect([node.team['parentId'], node.team['managerId'], node.team['archivedAt']]).toEqual([
        row['parent_id'],
        row['manager_id'],
        row['archived_at'],
      ]);
      expect(node.team['updatedAt']).toBe((row['team_updated_at'] as Date).toISOString());
    }
    expect(all.filter((node) => node['hireDate'] !== null).length).toBeGreaterThan(0);
    expect(
      all.filter((node) => node.team['parent'] !== null && node.team['manager'] !== null).length,
    ).toBeGreaterThan(0);
    for (const field of repFields)
      expect((await list(field)).map((node) => node[field])).toEqual(all.map((node) => node[field]));
    for (const field of [...teamFields, ...teamObjects]) {
      const key = field.split(' ')[0];
      expect((await list(`team { ${field} }`)).map((node) => node.team[key])).toEqual(
        all.map((node) => node.team[key]),
      );
    }
    // One rep reads as the list does.
    const id = all[0]['id'] as string;
    for (const field of [...repFields, `team { ${teamFields.join(' ')} ${teamObjects.join(' ')} }`]) {
      const one = await t.gql<{ rep: Node }>(`query($id: ID!) { rep(id: $id) { ${field} } }`, { id }, admin);
      const key = field.split(' ')[0];
      expect(one.data?.rep[key]).toEqual(all[0][key]);
    }
    // Columns nobody asked for are not read: a page of names reads no timestamps.
    const [page] = (await t.statementsOf(() => list('name team { name }'))).filter((text) =>
      /FROM rep/.test(text),
    );
    expect(page).toMatch(/rep\.name/);
    expect(page).not.toMatch(/created_at|updated_at|email|hire_date|manager_id/);
  });

  it('should page through every rep once, in order, when following endCursor', async () => {
    const ascending = await allPages('ASC', 10);
    expect(ascending).toHaveLength(35);
    expect(new Set(ascending).size).toBe(35);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(await allPages('DESC', 7)).toEqual([...ascending].reverse());
  });

  it('should refuse a page size over 100 and a forged cursor, naming the argument', async () => {
    const big = await t.gql(PAGE, { first: 101 }, admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await t.gql(PAGE, { first: 5, after: 'garbage' }, admin);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('should create a rep with a normalized email and an open team membership', async () => {
    const result = await t.gql<{ createRep: { id: string; email: string; active: boolean } }>(
      CREATE,
      { input: { name: '  Jo Newhire ', email: 'Jo.Newhire@Example.com', teamId, hireDate: '2026-01-05' } },
      admin,
    );
    expect(result.data?.createRep).toMatchObject({
      name: 'Jo Newhire',
      email: 'jo.newhire@example.com',
      active: true,
    });
    const memberships: { team_id: string; valid_from: string; valid_to: string | null }[] =
      await t.dataSource.query(
        "SELECT team_id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, valid_to FROM rep_team_membership WHERE rep_id = $1",
        [result.data?.createRep.id],
      );
    expect(memberships).toEqual([{ team_id: teamId, valid_from: '2026-01-05', valid_to: null }]);
  });

  it('should refuse bad input with the field at fault and store nothing', async () => {
    const before = await t.count('rep');
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'A', email: 'not-an-email', teamId }, 'email'],
      [{ name: '', email: 'a@b.co', teamId }, 'name'],
      [{ name: 'A', email: 'a@b.co', teamId: 'nope' }, 'teamId'],
      [{ name: 'A', email: 'a@b.co', teamId, hireDate: '2017-02-30' }, 'hireDate'],
      [{ name: 'A', email: 'DARCEL.SCHLECHT@salesops.demo', teamId }, 'email'],
      [{ name: 'A', email: 'a@b.co', teamId: '00000000-0000-4000-8000-000000000000' }, 'teamId'],
    ];
    for (const [input, field] of cases) {
      const result = await t.gql(CREATE, { input }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js/);
    }
    expect(await t.count('rep')).toBe(before);
  });

  it('should move a rep and keep the days in the old team in the membership history', async () => {
    const created = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Strategic accounts', parentId: teamId } },
      admin,
    );
    const newTeam = created.data?.createTeam.id;
    const reps: { id: string }[] = await t.dataSource.query(
      "SELECT id FROM rep WHERE name = 'Garret Kinder'",
    );
    const moved = await t.gql<{ moveRep: { teamId: string } }>(
      'mutation($input: MoveRepInput!) { moveRep(input: $input) { teamId } }',
      { input: { repId: reps[0].id, teamId: newTeam } },
      admin,
    );
    expect(moved.data?.moveRep.teamId).toBe(newTeam);
    const history: { team_id: string; valid_to: string | null }[] = await t.dataSource.query(
      'SELECT team_id, valid_to FROM rep_team_membership WHERE rep_id = $1 ORDER BY valid_from',
      [reps[0].id],
    );
    expect(history.map((h) => h.team_id)).toEqual([teamId, newTeam]);
    expect(history[0].valid_to).not.toBeNull();
    expect(history[1].valid_to).toBeNull();
  });

  it('should refuse a team name already used at the same level and a parent inside the team itself', async () => {
    const duplicate = await t.gql(CREATE_TEAM, { input: { name: 'east' } }, admin);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const child = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Pod A', parentId: teamId } },
      admin,
    );
    const cycle = await t.gql(
      'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }',
      { input: { id: teamId, parentId: child.data?.createTeam.id } },
      admin,
    );
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('should stop a deactivated rep from signing in and keep their record', async () => {
    const token = await t.login('zane.levy@salesops.demo');
    const reps: { id: string }[] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Zane Levy'");
    const result = await t.gql(
      'mutation($input: RepIdInput!) { deactivateRep(input: $input) { active } }',
      { input: { id: reps[0].id } },
      admin,
    );
    expect(result.data).toEqual({ deactivateRep: { active: false } });
    expect((await t.gql('{ me { id } }', {}, token)).errors?.[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    await expect(t.login('zane.levy@salesops.demo')).rejects.toThrow(/login failed/);
    const inactive = await t.gql<Page>(
      '{ reps(filter: { active: false }) { totalCount edges { node { id name } } } }',
      {},
      admin,
    );
    expect(inactive.data?.reps.edges.map((e) => e.node.name)).toEqual(['Zane Levy']);
  });
});
