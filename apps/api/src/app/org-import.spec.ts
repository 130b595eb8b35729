import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { parseCsvRecords } from '@salesops/domain';

import { TestApp } from '../testing/test-app';

const DATA_DIR = resolve(__dirname, '../../../../data/crm-sales-opportunities');

interface Result {
  dryRun: boolean;
  membershipFrom: string;
  teamsCreated: number;
  managersCreated: number;
  repsCreated: number;
  repsUnchanged: number;
  refused: { line: number; reasons: string[] }[];
}
const IMPORT_ORG = `mutation($input: ImportOrgInput!) {
  importOrg(input: $input) { dryRun membershipFrom teamsCreated managersCreated repsCreated repsUnchanged refused { line reasons } }
}`;

describe('importOrg: reps, teams and managers from a file, idempotent, with history', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, DATA_DIR);
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  async function importOrg(input: Record<string, unknown>, token = admin) {
    return t.gql<{ importOrg: Result }>(IMPORT_ORG, { input }, token);
  }

  const NORDICS = [
    { rep: 'Ada Lovelace', manager: 'Grace Hopper', region: 'Nordics' },
    { rep: '  Alan   Turing ', manager: 'Grace Hopper', region: 'Nordics' },
    { rep: 'Ada Lovelace', manager: 'Grace Hopper', region: 'Nordics' },
    { rep: '', region: 'Nordics' },
    { rep: 'Moses Frase', email: 'MOSES.FRASE@salesops.demo', team: 'Ice team', region: 'Nordics' },
  ];

  it('should create reps in bulk, all or none, naming the rep and field at fault', async () => {
    const [team] = await t.dataSource.query(
      'SELECT id FROM team WHERE parent_id IS NOT NULL ORDER BY name LIMIT 1',
    );
    const CREATE = `mutation($input: CreateRepsInput!) { createReps(input: $input) { name email team { id } } }`;
    const reps = (suffix: string) => [
      {
        name: `Bulk One ${suffix}`,
        email: `bulk.one.${suffix}@bulk.test`,
        teamId: team.id,
        hireDate: '2016-10-01',
      },
      { name: `Bulk Two ${suffix}`, email: `bulk.two.${suffix}@bulk.test`, teamId: team.id },
    ];
    const before = await t.count('rep');
    const twice = await t.gql(
      CREATE,
      { input: { reps: [...reps('a'), { ...reps('a')[0], name: 'Again' }] } },
      admin,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reps.2.email',
    });
    expect(await t.count('rep')).toBe(before);

    const done = await t.gql<{ createReps: { name: string; email: string; team: { id: string } }[] }>(
      CREATE,
      { input: { reps: reps('b') } },
      admin,
    );
    expect(done.data?.createReps.map((rep) => [rep.name, rep.email, rep.team.id])).toEqual([
      ['Bulk One b', 'bulk.one.b@bulk.test', team.id],
      ['Bulk Two b', 'bulk.two.b@bulk.test', team.id],
    ]);
    const [membership] = await t.dataSource.query(
      `SELECT to_char(m.valid_from, 'YYYY-MM-DD') AS from FROM rep_team_membership m JOIN rep r ON r.id = m.rep_id
        WHERE r.email = 'bulk.one.b@bulk.test'`,
    );
    expect(membership.from).toBe('2016-10-01');
    expect(await t.count('rep')).toBe(before + 2);
  });

  it('should preview, then create the tree, the manager and the reps from the earliest deal date', async () => {
    const teamsBefore = await t.count('team');
    const preview = await importOrg({ rows: NORDICS, emailDomain: 'nordic.test', dryRun: true });
    const expected = {
      membershipFrom: '2016-10-20',
      teamsCreated: 2,
      managersCreated: 1,
      repsCreated: 2,
      repsUnchanged: 0,
      refused: [
        { line: 4, reasons: ['ada.lovelace@nordic.test already appeared on line 2'] },
        {
          line: 5,
          reasons: ['rep is empty', 'no team: give team, or manager (the team is then "<manager>\'s team")'],
        },
        {
          line: 6,
          reasons: [
            expect.stringMatching(/^moses\.frase@salesops\.demo is already in team .+'s team: move them/),
          ],
        },
      ],
    };
    expect(preview.data?.importOrg).toMatchObject({ ...expected, dryRun: true });
    expect(await t.count('team')).toBe(teamsBefore);

    const done = await importOrg({ rows: NORDICS, emailDomain: 'nordic.test' });
    expect(done.data?.importOrg).toMatchObject({ ...expected, dryRun: false });
    const reps = await t.dataSource.query(
      `SELECT r.name, r.email, t.name AS team, p.name AS region, u.email AS manager, u.role, u.password_hash,
              to_char(m.valid_from, 'YYYY-MM-DD') AS member_from
         FROM rep r JOIN team t ON t.id = r.team_id LEFT JOIN team p ON p.id = t.parent_id
         LEFT JOIN app_user u ON u.id = t.manager_id
         JOIN rep_team_membership m ON m.rep_id = r.id AND m.valid_to IS NULL
        WHERE r.email LIKE '%@nordic.test' ORDER BY r.name`,
    );
    const placed = {
      team: "Grace Hopper's team",
      region: 'Nordics',
      manager: 'grace.hopper@nordic.test',
      role: 'MANAGER',
      password_hash: null,
      member_from: '2016-10-20',
    };
    expect(reps).toEqual([
      { name: 'Ada Lovelace', email: 'ada.lovelace@nordic.test', ...placed },
      { name: 'Alan Turing', email: 'alan.turing@nordic.test', ...placed },
    ]);

    // The same file again changes nothing.
    const again = await importOrg({
      rows: NORDICS,
      emailDomain: 'nordic.test',
      membershipFrom: '2017-01-01',
    });
    expect(again.data?.importOrg).toMatchObject({
      membershipFrom: '2017-01-01',
      teamsCreated: 0,
      managersCreated: 0,
      repsCreated: 0,
      repsUnchanged: 2,
    });
    const [audit] = await t.dataSource.query(
      "SELECT summary FROM audit_event WHERE action = 'org.import' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(audit.summary).toBe(
      'Imported the org (members from 2017-01-01): reps added 0, teams created 0, manager logins created 0, rows refused 3',
    );
  });

  it("should read the demo's own org file as the org it already holds", async () => {
    const rows = parseCsvRecords(readFileSync(join(DATA_DIR, 'sales_teams.csv'), 'utf8')).map((row) => ({
      rep: row['sales_agent'],
      manager: row['manager'],
      region: row['regional_office'],
    }));
    const result = await importOrg({ rows, emailDomain: 'salesops.demo', dryRun: true });
    expect(result.data?.importOrg).toMatchObject({
      teamsCreated: 0,
      managersCreated: 0,
      repsCreated: 0,
      repsUnchanged: 35,
      refused: [],
    });
  });

  it('should refuse rows it cannot place, naming the field, and callers who are not admins', async () => {
    const bad = await importOrg({ rows: [{ rep: 'X' }], emailDomain: 'not a domain' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('emailDomain');
    const noDomain = await importOrg({ rows: [{ rep: 'No Mail', team: 'Somewhere' }], dryRun: true });
    expect(noDomain.data?.importOrg.refused).toEqual([
      { line: 2, reasons: ['no email, and no emailDomain to make one from the name'] },
    ]);
    // A rep's login cannot manage a team.
    const repAsManager = await importOrg({
      rows: [{ rep: 'New Person', manager: 'Darcel Schlecht', region: 'Central' }],
      emailDomain: 'salesops.demo',
      dryRun: true,
    });
    expect(repAsManager.data?.importOrg).toMatchObject({
      repsCreated: 0,
      teamsCreated: 0,
      refused: [
        { line: 2, reasons: ['manager darcel.schlecht@salesops.demo is not an active manager login'] },
      ],
    });
    const rep = await t.login('darcel.schlecht@salesops.demo');
    const forbidden = await importOrg({ rows: [{ rep: 'Y', team: 'Z', email: 'y@z.test' }] }, rep);
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
