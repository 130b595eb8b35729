import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';

import { TestApp } from '../testing/test-app';

// The probe of issue 10, item 3: an admin tying an anonymous answer to a rep (decision 0018).
const CREATE_SURVEY =
  'mutation($input: SurveyInput!) { createSurvey(input: $input) { id version questions { id } } }';
const PUBLISH = 'mutation($input: SurveyVersionInput!) { publishSurvey(input: $input) { id version } }';
const CLOSE = 'mutation($input: SurveyVersionInput!) { closeSurvey(input: $input) { id status } }';
const SUBMIT =
  'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { answered } }';
const RESULTS = `query($surveyId: ID!, $teamId: ID) { surveyResults(surveyId: $surveyId, teamId: $teamId) {
  responses fewerThan responseRate hidden hiddenBecause hiddenReason minAnswers releasedResponses nextReleaseAt
  questions { position answered mean distribution { label count } texts { text } }
} }`;

interface Results {
  responses: number | null;
  fewerThan: number | null;
  responseRate: number | null;
  hidden: boolean;
  hiddenBecause: string | null;
  hiddenReason: string | null;
  releasedResponses: number | null;
  nextReleaseAt: number | null;
  questions: {
    position: number;
    answered: number;
    mean: number | null;
    distribution: { label: string; count: number }[];
    texts: { text: string }[];
  }[];
}
interface Rep {
  id: string;
  email: string;
  teamId: string;
  token?: string;
}

const K = 3;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

describe('anonymous survey results cannot be tied to a rep', () => {
  let t: TestApp;
  let admin: string;
  let toolId: string;
  let regionId: string;
  let regionReps: Rep[];

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const tool = await t.gql<{ createSalesTool: { id: string } }>(
      'mutation($input: CreateSalesToolInput!) { createSalesTool(input: $input) { id } }',
      { input: { name: 'Dialer', category: 'DIALER' } },
      admin,
    );
    toolId = tool.data?.createSalesTool.id as string;
    // The region with the most active reps, all of them in teams below it.
    const [region]: { id: string }[] = await t.dataSource.query(
      `SELECT p.id FROM team p JOIN team c ON c.parent_id = p.id JOIN rep r ON r.team_id = c.id AND r.active
        WHERE p.parent_id IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    );
    regionId = region.id;
    regionReps = (
      await t.dataSource.query(
        'SELECT r.id, r.email, r.team_id FROM rep r JOIN team c ON c.id = r.team_id WHERE c.parent_id = $1 AND r.active ORDER BY r.email',
        [regionId],
      )
    ).map((row: { id: string; email: string; team_id: string }) => ({
      id: row.id,
      email: row.email,
      teamId: row.team_id,
    }));
    expect(regionReps.length).toBeGreaterThanOrEqual(9);
  });

  afterAll(() => t.stop());

  async function tokenOf(rep: Rep): Promise<string> {
    rep.token ??= await t.login(rep.email);
    return rep.token;
  }

  async function publishToRegion(
    title: string,
  ): Promise<{ id: string; version: number; questions: { id: string }[] }> {
    const created = await t.gql<{
      createSurvey: { id: string; version: number; questions: { id: string }[] };
    }>(
      CREATE_SURVEY,
      {
        input: {
          title,
          toolIds: [toolId],
          anonymous: true,
          minAnswers: K,
          audience: 'TEAMS',
          audienceTeamIds: [regionId],
          opensAt: day(-1),
          closesAt: day(14),
          questions: [
            { kind: 'CSAT', prompt: 'How satisfied are you with the dialer?', toolId },
            { kind: 'TEXT', prompt: 'Anything else?', textTopic: 'OTHER', required: false },
          ],
        },
      },
      admin,
    );
    const draft = created.data?.createSurvey;
    if (!draft) throw new Error(JSON.stringify(created.errors));
    const published = await t.gql<{ publishSurvey: { version: number } }>(
      PUBLISH,
      { input: { id: draft.id, expectedVersion: draft.version } },
      admin,
    );
    if (!published.data) throw new Error(JSON.stringify(published.errors));
    return { ...draft, version: published.data.publishSurvey.version };
  }

  async function answer(
    survey: { id: string; questions: { id: string }[] },
    rep: Rep,
    score: number,
    text?: string,
  ): Promise<void> {
    const answers = [
      { questionId: survey.questions[0].id, score },
      ...(text ? [{ questionId: survey.questions[1].id, text }] : []),
    ];
    const result = await t.gql(SUBMIT, { input: { surveyId: survey.id, answers } }, await tokenOf(rep));
    expect(result.errors).toBeUndefined();
  }

  async function results(surveyId: string, teamId?: string): Promise<Results> {
    const result = await t.gql<{ surveyResults: Results }>(RESULTS, { surveyId, teamId }, admin);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.surveyResults;
  }

  const answered = (r: Results) => r.questions[0]?.answered ?? 0;
  const texts = (r: Results) => r.questions[1]?.texts.map((x) => x.text) ?? [];

  async function newTeam(name: string): Promise<string> {
    const team = await t.gql<{ createTeam: { id: string } }>(
      'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name, parentId: regionId } },
      admin,
    );
    if (!team.data) throw new Error(JSON.stringify(team.errors));
    return team.data.createTeam.id;
  }

  async function moveRep(rep: Rep, teamId: string): Promise<void> {
    const moved = await t.gql(
      'mutation($input: MoveRepInput!) { moveRep(input: $input) { id } }',
      { input: { repId: rep.id, teamId } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
  }

  it("should not show the answer of a rep moved into a team of their own before publishing, open or closed (the probe's path)", async () => {
    const target = regionReps[0];
    const soloId = await newTeam('Team of one');
    await moveRep(target, soloId);
    const survey = await publishToRegion('Dialer pulse (move before publish)');
    const others = regionReps.slice(1, 8);
    for (const [i, rep] of others.entries()) await answer(survey, rep, 1 + (i % 5), `other ${i}`);

    const soloBefore = await results(survey.id, soloId);
    const overallBefore = await results(survey.id);
    await answer(survey, target, 5, 'the moved rep wrote this');
    const soloAfter = await results(survey.id, soloId);
    const overallAfter = await results(survey.id);

    // The hidden team discloses no count, before or after: no 0 -> 1.
    for (const solo of [soloBefore, soloAfter]) {
      expect(solo).toMatchObject({
        hidden: true,
        hiddenBecause: 'TEAMS_AFTER_CLOSE',
        responses: null,
        responseRate: null,
        questions: [],
      });
    }
    // The overall results do not gain that answer: 8 responses show the release of 3 (one step behind).
    expect(overallAfter.questions).toEqual(overallBefore.questions);
    expect(overallAfter).toMatchObject({ responses: 8, releasedResponses: 3, nextReleaseAt: 9 });
    expect(texts(overallAfter)).not.toContain('the moved rep wrote this');

    await t.gql(CLOSE, { input: { id: survey.id, expectedVersion: survey.version } }, admin);
    const solo = await results(survey.id, soloId);
    expect(solo).toMatchObject({
      hidden: true,
      hiddenBecause: 'SMALL_GROUP',
      responses: null,
      fewerThan: K,
      responseRate: null,
      questions: [],
    });
    // Nor can it be worked out by subtraction: the region minus its shown teams is 0 or at least k.
    const region = await results(survey.id, regionId);
    const childIds: { id: string }[] = await t.dataSource.query('SELECT id FROM team WHERE parent_id = $1', [
      regionId,
    ]);
    const shownChildren = (await Promise.all(childIds.map((c) => results(survey.id, c.id)))).filter(
      (r) => !r.hidden,
    );
    const left = (region.responses ?? 0) - shownChildren.reduce((sum, r) => sum + (r.responses ?? 0), 0);
    expect(region.hidden).toBe(false);
    expect(left === 0 || left >= K).toBe(true);
    expect(shownChildren.every((r) => (r.responses ?? 0) >= K)).toBe(true);
  });

  it('should keep the teams of publication: a rep moved into a team of their own afterwards forms no new group', async () => {
    const survey = await publishToRegion('Dialer pulse (move after publish)');
    const mover = regionReps[1];
    const teamAtPublication = mover.teamId;
    const soloId = await newTeam('Team of one, later');
    await moveRep(mover, soloId);
    await answer(survey, mover, 2, 'moved after publishing');
    for (const rep of regionReps.slice(2, 8)) await answer(survey, rep, 4);
    const [stored]: { team_id: string; team_path: string[] }[] = await t.dataSource.query(
      'SELECT team_id, team_path FROM survey_response WHERE survey_id = $1 AND $2 = ANY(team_path)',
      [survey.id, teamAtPublication],
    );
    expect(stored).toBeDefined();
    expect(
      (
        await t.dataSource.query(
          'SELECT 1 FROM survey_response WHERE survey_id = $1 AND $2 = ANY(team_path)',
          [survey.id, soloId],
        )
      ).length,
    ).toBe(0);
    await t.gql(CLOSE, { input: { id: survey.id, expectedVersion: survey.version } }, admin);
    expect(await results(survey.id, soloId)).toMatchObject({
      hidden: true,
      hiddenBecause: 'SMALL_GROUP',
      responses: null,
      fewerThan: K,
      questions: [],
    });
    expect((await results(survey.id)).responses).toBe(7);
  });

  it('should move open results only in steps of k answers, one step behind, and show them all at close', async () => {
    const survey = await publishToRegion('Dialer pulse (steps)');
    const reps = regionReps.slice(0, 8);
    const seen: { responses: number; answered: number; hiddenBecause: string | null }[] = [];
    for (const [i, rep] of reps.entries()) {
      await answer(survey, rep, 1 + (i % 5), `step ${i}`);
      const r = await results(survey.id);
      seen.push({ responses: r.responses as number, answered: answered(r), hiddenBecause: r.hiddenBecause });
      // Never the answer just given.
      expect(texts(r)).not.toContain(`step ${i}`);
    }
    expect(seen).toEqual([
      { responses: 1, answered: 0, hiddenBecause: 'TOO_FEW_ANSWERS' },
      { responses: 2, answered: 0, hiddenBecause: 'TOO_FEW_ANSWERS' },
      { responses: 3, answered: 0, hiddenBecause: 'AWAITING_RELEASE' }, // exactly k: released, not shown yet
      { responses: 4, answered: 0, hiddenBecause: 'AWAITING_RELEASE' },
      { responses: 5, answered: 0, hiddenBecause: 'AWAITING_RELEASE' },
      { responses: 6, answered: 3, hiddenBecause: null }, // 2k: the first k show
      { responses: 7, answered: 3, hiddenBecause: null },
      { responses: 8, answered: 3, hiddenBecause: null },
    ]);
    const open = await results(survey.id);
    expect(texts(open).sort()).toEqual(['step 0', 'step 1', 'step 2']);
    expect(await results(survey.id, reps[0].teamId)).toMatchObject({
      hidden: true,
      hiddenBecause: 'TEAMS_AFTER_CLOSE',
      responses: null,
      fewerThan: null,
    });
    await t.gql(CLOSE, { input: { id: survey.id, expectedVersion: survey.version } }, admin);
    const closed = await results(survey.id);
    expect(closed).toMatchObject({
      hidden: false,
      responses: 8,
      releasedResponses: null,
      nextReleaseAt: null,
    });
    // At close the results gain 5 answers (at least k) at once, never fewer.
    expect(answered(closed) - answered(open)).toBeGreaterThanOrEqual(K);
  });

  it('should not show a re-submission as a one-answer change, nor count it', async () => {
    const survey = await publishToRegion('Dialer pulse (re-submission)');
    const reps = regionReps.slice(0, 7);
    for (const [i, rep] of reps.entries()) await answer(survey, rep, 3, `first ${i}`);
    const before = await results(survey.id);
    expect(before).toMatchObject({ responses: 7, releasedResponses: 3 });
    // A rep whose answer is in the shown release changes it, several times.
    await answer(survey, reps[0], 1, 'changed my mind');
    await answer(survey, reps[0], 5, 'changed it again');
    const after = await results(survey.id);
    expect(after).toEqual(before);
    expect(texts(after)).toContain('first 0');
    // The next release holds it, among k new answers: 9 responses show the release of 6.
    for (const rep of regionReps.slice(7, 9)) await answer(survey, rep, 2);
    const next = await results(survey.id);
    expect(next).toMatchObject({ responses: 9, releasedResponses: 6 });
    expect(answered(next) - answered(after)).toBe(K);
  });

  it("should give an open anonymous wave's scorecard figures as of its shown release", async () => {
    const survey = await publishToRegion('Dialer pulse (scorecard)');
    const trend = async () => {
      const result = await t.gql<{
        toolScorecard: {
          tool: { id: string };
          trend: { surveyId: string; csat: number | null; responses: number }[];
        }[];
      }>('{ toolScorecard { tool { id } trend { surveyId csat responses } } }', {}, admin);
      return result.data?.toolScorecard
        .find((card) => card.tool.id === toolId)
        ?.trend.find((w) => w.surveyId === survey.id);
    };
    const reps = regionReps.slice(0, 7);
    for (const rep of reps.slice(0, 6)) await answer(survey, rep, 5);
    // 6 responses: the release of the first 3 (all 5s) shows.
    expect(await trend()).toMatchObject({ csat: 1, responses: 6 });
    await answer(survey, reps[6], 1);
    expect(await trend()).toMatchObject({ csat: 1, responses: 7 });
  });
});
