import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

const SET_GOAL = 'mutation($input: SetGoalInput!) { setGoal(input: $input) { id version } }';
const DELETE_GOAL = 'mutation($input: DeleteGoalInput!) { deleteGoal(input: $input) }';
const CREATE_TOOL = 'mutation($input: CreateSalesToolInput!) { createSalesTool(input: $input) { id } }';
const ASSIGN = 'mutation($input: AssignSeatsInput!) { assignToolSeats(input: $input) { assigned } }';
const CREATE_SURVEY =
  'mutation($input: SurveyInput!) { createSurvey(input: $input) { id version questions { id } } }';
const PUBLISH = 'mutation($input: SurveyVersionInput!) { publishSurvey(input: $input) { id } }';
const CREATE_TEAM = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }';
const TEAMS =
  'query($filter: TeamFilter) { teams(first: 100, filter: $filter) { edges { node { id archivedAt } } } }';

type Survey = { id: string; version: number; questions: { id: string }[] };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

describe('deleting, archiving and erasing', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let darcel: string;

  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions;
  const audited = async (action: string, entityId: string) =>
    t.dataSource.query('SELECT summary, summary_key FROM audit_event WHERE action = $1 AND entity_id = $2', [
      action,
      entityId,
    ]);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    manager = await t.login('melvin.marxen@salesops.demo');
    [{ id: darcel }] = await t.dataSource.query("SELECT id FROM rep WHERE name = 'Darcel Schlecht'");
  });

  afterAll(() => t.stop());

  describe('deleteGoal', () => {
    const setGoal = async (period: string) => {
      const result = await t.gql<{ setGoal: { id: string; version: number } }>(
        SET_GOAL,
        { input: { repId: darcel, period, metric: 'WON_REVENUE', target: '1000.00' } },
        admin,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.setGoal;
    };

    it('should delete a mistaken goal for an admin and audit it', async () => {
      const goal = await setGoal('FY2019');
      expect(
        code(await t.gql(DELETE_GOAL, { input: { id: goal.id, expectedVersion: goal.version } }, manager))?.[
          'code'
        ],
      ).toBe('FORBIDDEN');
      const deleted = await t.gql(
        DELETE_GOAL,
        { input: { id: goal.id, expectedVersion: goal.version } },
        admin,
      );
      expect(deleted.data).toEqual({ deleteGoal: true });
      expect(await t.dataSource.query('SELECT id FROM goal WHERE id = $1', [goal.id])).toHaveLength(0);
      expect(await audited('goal.delete', goal.id)).toEqual([
        {
          summary: 'Deleted the goal Darcel Schlecht FY2019 WON_REVENUE (1000.00)',
          summary_key: 'goal.delete',
        },
      ]);
    });

    it('should refuse a stale version with CONFLICT and keep the goal', async () => {
      const goal = await setGoal('2019-03');
      const result = await t.gql(
        DELETE_GOAL,
        { input: { id: goal.id, expectedVersion: goal.version + 1 } },
        admin,
      );
      expect(code(result)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      expect(await t.dataSource.query('SELECT id FROM goal WHERE id = $1', [goal.id])).toHaveLength(1);
    });

    it('should refuse a goal of a closed pay period with BAD_USER_INPUT on id', async () => {
      const goal = await setGoal('2017-08');
      const closed = await t.gql(
        'mutation { closePayPeriod(input: { period: "2017-08" }) { status } }',
        {},
        admin,
      );
      expect(closed.errors).toBeUndefined();
      const result = await t.gql<unknown>(
        DELETE_GOAL,
        { input: { id: goal.id, expectedVersion: goal.version } },
        admin,
      );
      expect(code(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(result.errors?.[0].message).toContain('2017-08');
      expect(await t.dataSource.query('SELECT id FROM goal WHERE id = $1', [goal.id])).toHaveLength(1);
      expect(await audited('goal.delete', goal.id)).toHaveLength(0);
    });

    it('should answer NOT_FOUND for a goal that does not exist', async () => {
      const result = await t.gql(
        DELETE_GOAL,
        { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } },
        admin,
      );
      expect(code(result)?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('deleteSurvey and deleteSalesTool', () => {
    let seated: { id: string; token: string };

    const tool = async (name: string) =>
      (
        await t.gql<{ createSalesTool: { id: string } }>(
          CREATE_TOOL,
          { input: { name, category: 'CRM', seatsBought: 5 } },
          admin,
        )
      ).data?.createSalesTool.id as string;
    const survey = async (toolIds: string[], title = 'Pulse'): Promise<Survey> => {
      const result = await t.gql<{ createSurvey: Survey }>(
        CREATE_SURVEY,
        {
          input: {
            title,
            toolIds,
            opensAt: day(-1),
            closesAt: day(14),
            questions: [{ kind: 'CSAT', prompt: 'How satisfied are you?', toolId: toolIds[0] }],
          },
        },
        admin,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.createSurvey;
    };
    const publish = async (draft: Survey) =>
      expect(
        (await t.gql(PUBLISH, { input: { id: draft.id, expectedVersion: draft.version } }, admin)).errors,
      ).toBeUndefined();

    beforeAll(async () => {
      const [rep] = await t.dataSource.query(
        "SELECT id, email FROM rep WHERE email = 'wilburn.farren@salesops.demo'",
      );
      seated = { id: rep.id, token: await t.login(rep.email) };
    });

    it('should delete a draft survey with its questions and audit it', async () => {
      const draft = await survey([await tool('Draft Only CRM')], 'Mistaken draft');
      expect(
        code(await t.gql('mutation($id: ID!) { deleteSurvey(id: $id) }', { id: draft.id }, manager))?.[
          'code'
        ],
      ).toBe('FORBIDDEN');
      expect(
        (await t.gql('mutation($id: ID!) { deleteSurvey(id: $id) }', { id: draft.id }, admin)).data,
      ).toEqual({ deleteSurvey: true });
      expect(
        await t.dataSource.query('SELECT id FROM survey_question WHERE survey_id = $1', [draft.id]),
      ).toHaveLength(0);
      expect(await audited('survey.delete', draft.id)).toEqual([
        { summary: 'Deleted the draft "Mistaken draft"', summary_key: 'survey.delete' },
      ]);
    });

    it('should refuse a published survey, saying to close it instead', async () => {
      const draft = await survey([await tool('Published CRM')]);
      await publish(draft);
      const result = await t.gql('mutation($id: ID!) { deleteSurvey(id: $id) }', { id: draft.id }, admin);
      expect(code(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(result.errors?.[0].message).toContain('close it instead');
      expect(await t.dataSource.query('SELECT id FROM survey WHERE id = $1', [draft.id])).toHaveLength(1);
    });

    it('should delete a tool with its seats and draft surveys, keeping a draft shared with another tool', async () => {
      const id = await tool('Short-lived Dialer');
      const other = await tool('Other Dialer');
      await t.gql(ASSIGN, { input: { toolId: id, repIds: [seated.id] } }, admin);
      const alone = await survey([id]);
      const shared = await survey([other, id]);
      const result = await t.gql('mutation($id: ID!) { deleteSalesTool(id: $id) }', { id }, admin);
      expect(result.data).toEqual({ deleteSalesTool: true });
      expect(await t.dataSource.query('SELECT id FROM sales_tool WHERE id = $1', [id])).toHaveLength(0);
      expect(await t.dataSource.query('SELECT id FROM tool_seat WHERE tool_id = $1', [id])).toHaveLength(0);
      expect(await t.dataSource.query('SELECT id FROM survey WHERE id = $1', [alone.id])).toHaveLength(0);
      expect(
        await t.dataSource.query('SELECT tool_id FROM survey_tool WHERE survey_id = $1', [shared.id]),
      ).toEqual([{ tool_id: other }]);
      expect(await audited('tool.delete', id)).toEqual([
        {
          summary: 'Deleted Short-lived Dialer with its 1 seats and 1 draft surveys',
          summary_key: 'tool.delete',
        },
      ]);
    });

    it('should refuse a tool with answered surveys, saying to retire it instead', async () => {
      const id = await tool('Answered CRM');
      await t.gql(ASSIGN, { input: { toolId: id, repIds: [seated.id] } }, admin);
      const draft = await survey([id]);
      await publish(draft);
      const answered = await t.gql(
        'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { answered } }',
        { input: { surveyId: draft.id, answers: [{ questionId: draft.questions[0].id, score: 4 }] } },
        seated.token,
      );
      expect(answered.errors).toBeUndefined();
      const result = await t.gql('mutation($id: ID!) { deleteSalesTool(id: $id) }', { id }, admin);
      expect(code(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(result.errors?.[0].message).toContain('retire it instead');
      expect(await t.dataSource.query('SELECT id FROM tool_seat WHERE tool_id = $1', [id])).toHaveLength(1);
      expect(await audited('tool.delete', id)).toHaveLength(0);
    });
  });

  describe('archiveTeam', () => {
    const createTeam = async (name: string, parentId: string | null) => {
      const result = await t.gql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name, parentId } },
        admin,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.createTeam.id;
    };
    const archive = (id: string, token = admin) =>
      t.gql<{ archiveTeam: { id: string; archivedAt: string | null } }>(
        'mutation($id: ID!) { archiveTeam(id: $id) { id archivedAt } }',
        { id },
        token,
      );
    const listed = async (filter: Record<string, unknown> = {}) =>
      (
        (await t.gql<{ teams: { edges: { node: { id: string } }[] } }>(TEAMS, { filter }, admin)).data?.teams
          .edges ?? []
      ).map((edge) => edge.node.id);

    it('should refuse a team with active reps', async () => {
      const [{ team_id }] = await t.dataSource.query('SELECT team_id FROM rep WHERE id = $1', [darcel]);
      const result = await archive(team_id);
      expect(code(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(result.errors?.[0].message).toContain('active reps');
    });

    it('should archive an empty team out of the lists, keep it readable, and bring it back', async () => {
      const parent = await createTeam('Old Region', null);
      const child = await createTeam('Old Pod', parent);
      expect(code(await archive(child, manager))?.['code']).toBe('FORBIDDEN');
      const standings = async () =>
        (
          (
            await t.gql<{ teamPerformance: { teamId: string }[] }>(
              '{ teamPerformance(period: "2017-03") { teamId } }',
              {},
              admin,
            )
          ).data?.teamPerformance ?? []
        ).map((row) => row.teamId);
      expect(await standings()).toEqual(expect.arrayContaining([parent, child]));
      const refused = await archive(parent);
      expect(code(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toContain('teams below it');
      expect((await archive(child)).data?.archiveTeam.archivedAt).toEqual(expect.any(String));
      expect((await archive(parent)).errors).toBeUndefined();
      expect(await listed()).not.toContain(parent);
      // No members and no goal in that period: the archived teams leave its standings.
      expect(await standings()).not.toEqual(expect.arrayContaining([parent]));
      expect(await standings()).not.toEqual(expect.arrayContaining([child]));
      expect(await listed({ includeArchived: true })).toEqual(expect.arrayContaining([parent, child]));
      expect(
        (
          await t.gql<{ team: { id: string } }>(
            'query($id: ID!) { team(id: $id) { id } }',
            { id: parent },
            admin,
          )
        ).data?.team.id,
      ).toBe(parent);
      expect(
        code(await t.gql(CREATE_TEAM, { input: { name: 'New Pod', parentId: parent } }, admin)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      expect(code(await archive(parent))?.['code']).toBe('CONFLICT');
      const UNARCHIVE = 'mutation($id: ID!) { unarchiveTeam(id: $id) { archivedAt } }';
      expect(code(await t.gql(UNARCHIVE, { id: child }, admin))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect((await t.gql(UNARCHIVE, { id: parent }, admin)).data).toEqual({
        unarchiveTeam: { archivedAt: null },
      });
      expect(await listed()).toContain(parent);
      expect(await audited('team.archive', parent)).toEqual([
        { summary: 'Archived team Old Region', summary_key: 'team.archive' },
      ]);
      expect(await audited('team.unarchive', parent)).toHaveLength(1);
    });

    it('should refuse to bring a former rep back into an archived team', async () => {
      const team = await createTeam('Closed Pod', null);
      const created = await t.gql<{ createRep: { id: string } }>(
        'mutation($input: CreateRepInput!) { createRep(input: $input) { id } }',
        { input: { name: 'Lee Gone', email: 'lee.gone@example.com', teamId: team, hireDate: '2017-01-02' } },
        admin,
      );
      const repId = created.data?.createRep.id as string;
      const setActive = (mutation: 'deactivateRep' | 'reactivateRep') =>
        t.gql(
          `mutation($input: RepIdInput!) { ${mutation}(input: $input) { active } }`,
          { input: { id: repId } },
          admin,
        );
      expect((await setActive('deactivateRep')).errors).toBeUndefined();
      expect((await archive(team)).errors).toBeUndefined();
      // Archived, the team keeps its standing in the periods it had a member in.
      const standing = await t.gql<{ teamPerformance: { teamId: string; reps: number }[] }>(
        '{ teamPerformance(period: "2017-03") { teamId reps } }',
        {},
        admin,
      );
      expect(standing.data?.teamPerformance).toContainEqual({ teamId: team, reps: 1 });
      const refused = await setActive('reactivateRep');
      expect(code(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toContain('archived team Closed Pod');
      expect((await t.dataSource.query('SELECT active FROM rep WHERE id = $1', [repId]))[0].active).toBe(
        false,
      );
      await t.gql('mutation($id: ID!) { unarchiveTeam(id: $id) { id } }', { id: team }, admin);
      expect((await setActive('reactivateRep')).data).toEqual({ reactivateRep: { active: true } });
    });
  });

  describe('eraseRep', () => {
    const ERASE = 'mutation($input: RepIdInput!) { eraseRep(input: $input) { id name email active } }';
    let rep: { id: string; name: string; email: string; user_id: string };

    beforeAll(async () => {
      [rep] = await t.dataSource.query(
        "SELECT r.id, r.name, r.email, u.id AS user_id FROM rep r JOIN app_user u ON u.rep_id = r.id WHERE r.email = 'cassey.cress@salesops.demo'",
      );
      await t.login(rep.email);
      await t.gql(
        SET_GOAL,
        { input: { repId: rep.id, period: 'FY2018', metric: 'DEALS_WON', target: '7' } },
        admin,
      );
      await t.dataSource.query(
        "INSERT INTO api_key (id, name, prefix, key_hash, scopes, created_by) VALUES (gen_random_uuid(), 'old key', 'erasetst', repeat('a', 64), '{READ}', $1)",
        [rep.user_id],
      );
      // Someone guessing their password, their email typed in capitals: the throttle's audit event names it.
      for (let i = 0; i < 10; i++) {
        await t.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
          input: { email: ` ${rep.email.toUpperCase()}`, password: `guess-${i}` },
        });
      }
    });

    it('should refuse an active rep, and a manager', async () => {
      expect(code(await t.gql(ERASE, { input: { id: rep.id } }, admin))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect(code(await t.gql(ERASE, { input: { id: rep.id } }, manager))?.['code']).toBe('FORBIDDEN');
    });

    it('should replace name and email, end the login, and keep the figures under a stable pseudonym', async () => {
      expect(
        (
          await t.gql(
            'mutation($input: RepIdInput!) { deactivateRep(input: $input) { active } }',
            { input: { id: rep.id } },
            admin,
          )
        ).errors,
      ).toBeUndefined();
      const result = await t.gql<{ eraseRep: { name: string; email: string; active: boolean } }>(
        ERASE,
        { input: { id: rep.id } },
        admin,
      );
      expect(result.errors).toBeUndefined();
      const erased = result.data?.eraseRep as { name: string; email: string };
      expect(erased.name).toMatch(/^Former rep [0-9A-F]{4}$/);
      expect(erased.email).toBe(`erased-${rep.id}@erased.invalid`);
      const [user] = await t.dataSource.query(
        'SELECT name, email, password_hash, active FROM app_user WHERE id = $1',
        [rep.user_id],
      );
      expect(user).toEqual({
        name: erased.name,
        email: `erased-${rep.user_id}@erased.invalid`,
        password_hash: null,
        active: false,
      });
      expect(
        await t.dataSource.query('SELECT id FROM user_session WHERE user_id = $1', [rep.user_id]),
      ).toHaveLength(0);
      expect(
        await t.dataSource.query('SELECT id FROM api_key WHERE created_by = $1 AND revoked_at IS NULL', [
          rep.user_id,
        ]),
      ).toHaveLength(0);
      const goals = await t.gql<{ goals: { subjectName: string; target: string }[] }>(
        '{ goals(period: "FY2018", metric: DEALS_WON) { subjectName target repId } }',
        {},
        admin,
      );
      expect(goals.data?.goals).toEqual(
        expect.arrayContaining([expect.objectContaining({ subjectName: erased.name, target: '7' })]),
      );
    });

    it('should scrub the name and email from the audit trail, which stays closed to any other change', async () => {
      const mentions = await t.dataSource.query(
        "SELECT id FROM audit_event WHERE (summary || actor_label || coalesce(summary_params::text, '') || coalesce(before::text, '') || coalesce(after::text, '')) ILIKE ANY($1)",
        [[`%${rep.name}%`, `%${rep.email}%`]],
      );
      expect(mentions).toHaveLength(0);
      const [throttled] = await t.dataSource.query(
        "SELECT summary, after FROM audit_event WHERE action = 'auth.throttle' AND entity_id = $1",
        [rep.user_id],
      );
      expect(throttled.summary).toMatch(/erased-[0-9a-f-]{36}@erased\.invalid/);
      expect(throttled.after).toMatchObject({
        kind: 'pair',
        email: expect.stringMatching(/^erased-[0-9a-f-]{36}@erased\.invalid$/),
      });
      const [event] = await t.dataSource.query(
        "SELECT summary, summary_params FROM audit_event WHERE action = 'rep.erase' AND entity_id = $1",
        [rep.id],
      );
      expect(event.summary).toMatch(
        /^Erased the personal data of a former rep, now Former rep [0-9A-F]{4} \(\d+ audit entries scrubbed\)$/,
      );
      expect(event.summary_params.events).toBeGreaterThanOrEqual(2);
      await expect(
        t.dataSource.query("UPDATE audit_event SET summary = 'changed' WHERE entity_id = $1", [rep.id]),
      ).rejects.toThrow('audit events cannot be changed');
      // Even flagged as an erasure, nothing can be deleted.
      await expect(
        t.dataSource.transaction(async (manager) => {
          await manager.query("SELECT set_config('salesops.audit_erasure', 'on', true)");
          await manager.query('DELETE FROM audit_event WHERE entity_id = $1', [rep.id]);
        }),
      ).rejects.toThrow('audit events cannot be changed');
    });

    it('should refuse to sign in, to erase twice, or to reactivate an erased rep', async () => {
      const login = await t.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { email: rep.email, password: DEMO_PASSWORD },
      });
      expect(login.errors).toBeDefined();
      expect(code(await t.gql(ERASE, { input: { id: rep.id } }, admin))?.['code']).toBe('CONFLICT');
      expect(
        code(
          await t.gql(
            'mutation($input: RepIdInput!) { reactivateRep(input: $input) { active } }',
            { input: { id: rep.id } },
            admin,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('deleteApiKey', () => {
    const CREATE = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }';
    const DELETE = 'mutation($id: ID!) { deleteApiKey(id: $id) }';

    it('should refuse an active key, then delete it once revoked, and audit it', async () => {
      const id = (
        await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
          CREATE,
          { input: { name: 'leftover', scopes: ['READ'] } },
          admin,
        )
      ).data?.createApiKey.apiKey.id as string;
      const refused = await t.gql(DELETE, { id }, admin);
      expect(code(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toContain('revoke it first');
      await t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id }, admin);
      expect((await t.gql(DELETE, { id }, admin)).data).toEqual({ deleteApiKey: true });
      expect(await t.dataSource.query('SELECT id FROM api_key WHERE id = $1', [id])).toHaveLength(0);
      expect((await audited('api_key.delete', id))[0].summary).toMatch(
        /^Deleted the spent API key "leftover" \(sok_[a-z0-9]{8}\)$/,
      );
    });

    it('should delete an expired key', async () => {
      const id = (
        await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
          CREATE,
          { input: { name: 'expired', scopes: ['READ'], expiresAt: day(1) } },
          admin,
        )
      ).data?.createApiKey.apiKey.id as string;
      await t.dataSource.query("UPDATE api_key SET expires_at = now() - interval '1 day' WHERE id = $1", [
        id,
      ]);
      expect((await t.gql(DELETE, { id }, admin)).data).toEqual({ deleteApiKey: true });
    });
  });
});
