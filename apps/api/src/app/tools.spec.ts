import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';
import { seedDemoTools, SurveyService } from '@salesops/api/tools';
import { getNamedType, type GraphQLNamedType, type GraphQLOutputType, isObjectType } from 'graphql';

import { schema } from '../testing/schema-operations';
import { TestApp } from '../testing/test-app';

const TOOL_FIELDS =
  'id name category status seatsBought seatsUsed utilisation renewalDate renewalDueSoon daysToRenewal version costPerSeat { amount currency } monthlyCost { amount } costPerUsedSeat { amount }';
const CREATE_TOOL = `mutation($input: CreateSalesToolInput!) { createSalesTool(input: $input) { ${TOOL_FIELDS} } }`;
const UPDATE_TOOL = `mutation($input: UpdateSalesToolInput!) { updateSalesTool(input: $input) { ${TOOL_FIELDS} } }`;
const SURVEY_FIELDS =
  'id status version anonymous minAnswers responses questions { id position kind required options toolId textTopic } tools { id name }';
const CREATE_SURVEY = `mutation($input: SurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const PUBLISH = `mutation($input: SurveyVersionInput!) { publishSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const CLOSE = `mutation($input: SurveyVersionInput!) { closeSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const SUBMIT =
  'mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { answered myAnswers { questionId score choices text } } }';
const MINE = '{ mySurveys { answered survey { id title } myAnswers { questionId score } } }';
const RESULTS = `query($surveyId: ID!, $teamId: ID) { surveyResults(surveyId: $surveyId, teamId: $teamId) {
  audienceSize responses fewerThan responseRate hidden hiddenReason hiddenBecause minAnswers releasedResponses nextReleaseAt
  questions { position kind answered mean csat nps { score promoters passives detractors } distribution { label count } texts { text topic repName } }
  notAnswered { repName teamName }
} }`;

interface Question {
  id: string;
  position: number;
  kind: string;
}
interface Survey {
  id: string;
  status: string;
  version: number;
  responses: number;
  questions: Question[];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

describe('sales tools and satisfaction surveys', () => {
  let t: TestApp;
  let admin: string;
  const reps = new Map<string, { id: string; token: string; teamId: string }>();
  let crmId: string;

  // Eight reps of two teams answer; the rest of the org does not hold a seat.
  const SEATED = [
    'darcel.schlecht',
    'anna.snelling',
    'boris.faz',
    'cecily.lampkin',
    'vicki.laflamme',
    'versie.hillebrand',
    'moses.frase',
    'jonathan.berthelot',
  ];

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const rows: { id: string; email: string; team_id: string }[] = await t.dataSource.query(
      'SELECT id, email, team_id FROM rep',
    );
    for (const login of [...SEATED, 'wilburn.farren']) {
      const rep = rows.find((row) => row.email === `${login}@salesops.demo`);
      if (!rep) throw new Error(`no demo rep ${login}`);
      reps.set(login, { id: rep.id, teamId: rep.team_id, token: await t.login(rep.email) });
    }
    const crm = await t.gql<{ createSalesTool: { id: string } }>(
      CREATE_TOOL,
      {
        input: {
          name: 'Pipeline CRM',
          category: 'CRM',
          costPerSeat: '120.50',
          seatsBought: 10,
          renewalDate: day(30).slice(0, 10),
        },
      },
      admin,
    );
    crmId = crm.data?.createSalesTool.id as string;
    await t.gql(
      'mutation($input: AssignSeatsInput!) { assignToolSeats(input: $input) { assigned } }',
      { input: { toolId: crmId, repIds: SEATED.map((login) => reps.get(login)?.id) } },
      admin,
    );
  });

  afterAll(() => t.stop());

  describe('the inventory', () => {
    it('should keep cost in exact money, count seats in use and flag a renewal within 90 days', async () => {
      const result = await t.gql<{ salesTool: Record<string, unknown> }>(
        `query($id: ID!) { salesTool(id: $id) { ${TOOL_FIELDS} } }`,
        { id: crmId },
        admin,
      );
      expect(result.data?.salesTool).toMatchObject({
        name: 'Pipeline CRM',
        seatsBought: 10,
        seatsUsed: 8,
        utilisation: 0.8,
        renewalDueSoon: true,
        daysToRenewal: 30,
        costPerSeat: { amount: '120.50', currency: 'USD' },
        monthlyCost: { amount: '1205.00' },
        costPerUsedSeat: { amount: '150.62' },
      });
    });

    it.each([
      [{ costPerSeat: '-5' }, 'costPerSeat'],
      [{ costPerSeat: '1.234' }, 'costPerSeat'],
      [{ renewalDate: '2027-02-30' }, 'renewalDate'],
      [{ links: ['ftp://x.example'] }, 'links'],
      [{ name: '   ' }, 'name'],
      [{ seatsBought: -1 }, 'seatsBought'],
    ])('should refuse %p naming %s and store nothing', async (change, field) => {
      const before = await t.count('sales_tool');
      const result = await t.gql(
        CREATE_TOOL,
        { input: { name: 'Dialer X', category: 'DIALER', ...change } },
        admin,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await t.count('sales_tool')).toBe(before);
    });

    it('should refuse a second tool of the same name in any case', async () => {
      const result = await t.gql(CREATE_TOOL, { input: { name: 'pipeline crm', category: 'CRM' } }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    });

    it('should apply an edit of the current version and refuse a stale one', async () => {
      const created = await t.gql<{ createSalesTool: { id: string; version: number } }>(
        CREATE_TOOL,
        { input: { name: 'Deck Library', category: 'CONTENT', seatsBought: 5 } },
        admin,
      );
      const tool = created.data?.createSalesTool as { id: string; version: number };
      const first = await t.gql<{ updateSalesTool: { version: number; status: string } }>(
        UPDATE_TOOL,
        { input: { id: tool.id, expectedVersion: tool.version, status: 'RETIRING' } },
        admin,
      );
      expect(first.data?.updateSalesTool).toMatchObject({ version: 2, status: 'RETIRING' });
      const stale = await t.gql(
        UPDATE_TOOL,
        { input: { id: tool.id, expectedVersion: tool.version, status: 'RETIRED' } },
        admin,
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      const [stored] = await t.dataSource.query('SELECT status FROM sales_tool WHERE id = $1', [tool.id]);
      expect(stored.status).toBe('RETIRING');
    });

    it('should release a seat and keep its history', async () => {
      const seats = await t.gql<{ toolSeats: { id: string; repName: string }[] }>(
        'query($id: ID!) { toolSeats(toolId: $id) { id repName } }',
        { id: crmId },
        admin,
      );
      expect(seats.data?.toolSeats).toHaveLength(8);
      const extra = await t.gql<{ assignToolSeats: { assigned: number; alreadyHeld: number } }>(
        'mutation($input: AssignSeatsInput!) { assignToolSeats(input: $input) { assigned alreadyHeld } }',
        {
          input: {
            toolId: crmId,
            repIds: [reps.get('darcel.schlecht')?.id, reps.get('wilburn.farren')?.id],
            startsOn: day(-3).slice(0, 10),
          },
        },
        admin,
      );
      expect(extra.data?.assignToolSeats).toEqual({ assigned: 1, alreadyHeld: 1 });
      const wilburnSeat = (
        await t.dataSource.query('SELECT id FROM tool_seat WHERE rep_id = $1 AND tool_id = $2', [
          reps.get('wilburn.farren')?.id,
          crmId,
        ])
      )[0].id;
      const released = await t.gql(
        'mutation($input: ReleaseSeatInput!) { releaseToolSeat(input: $input) { endsOn } }',
        { input: { seatId: wilburnSeat } },
        admin,
      );
      expect(released.errors).toBeUndefined();
      const again = await t.gql(
        'mutation($input: ReleaseSeatInput!) { releaseToolSeat(input: $input) { endsOn } }',
        { input: { seatId: wilburnSeat } },
        admin,
      );
      expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      // A seat given by mistake today is taken back today: it leaves no history row.
      await t.gql(
        'mutation($input: AssignSeatsInput!) { assignToolSeats(input: $input) { assigned } }',
        { input: { toolId: crmId, repIds: [reps.get('wilburn.farren')?.id] } },
        admin,
      );
      const mistake = (
        await t.dataSource.query(
          'SELECT id FROM tool_seat WHERE rep_id = $1 AND tool_id = $2 AND ends_on IS NULL',
          [reps.get('wilburn.farren')?.id, crmId],
        )
      )[0].id;
      const undone = await t.gql(
        'mutation($input: ReleaseSeatInput!) { releaseToolSeat(input: $input) { endsOn } }',
        { input: { seatId: mistake } },
        admin,
      );
      expect(undone.errors).toBeUndefined();
      expect(await t.dataSource.query('SELECT id FROM tool_seat WHERE id = $1', [mistake])).toEqual([]);
    });

    it('should let a manager read the inventory but not change it, and keep reps out', async () => {
      const manager = await t.login('melvin.marxen@salesops.demo');
      expect(
        (await t.gql<{ salesTools: unknown[] }>('{ salesTools { name } }', {}, manager)).data?.salesTools
          .length,
      ).toBeGreaterThan(0);
      expect(
        (await t.gql(CREATE_TOOL, { input: { name: 'Shadow IT', category: 'OTHER' } }, manager)).errors?.[0]
          ?.extensions?.['code'],
      ).toBe('FORBIDDEN');
      expect(
        (await t.gql('{ salesTools { name } }', {}, reps.get('anna.snelling')?.token)).errors?.[0]
          ?.extensions?.['code'],
      ).toBe('FORBIDDEN');
    });

    it("should show a manager only the seat holders of the teams they lead, not other teams' by name", async () => {
      const manager = await t.login('melvin.marxen@salesops.demo');
      const SEATS = 'query($id: ID!) { toolSeats(toolId: $id, includeEnded: true) { repId repName } }';
      type Seats = { toolSeats: { repId: string; repName: string }[] };
      const all = (await t.gql<Seats>(SEATS, { id: crmId }, admin)).data?.toolSeats ?? [];
      const led = (await t.gql<Seats>(SEATS, { id: crmId }, manager)).data?.toolSeats ?? [];
      const visible: { id: string }[] = await t.dataSource.query(
        `WITH RECURSIVE led AS (
           SELECT t.id FROM team t JOIN app_user u ON u.id = t.manager_id WHERE u.email = 'melvin.marxen@salesops.demo'
           UNION SELECT t.id FROM team t JOIN led ON t.parent_id = led.id
         ) SELECT r.id FROM rep r WHERE r.team_id IN (SELECT id FROM led)`,
      );
      const mine = new Set(visible.map((row) => row.id));
      expect(led.map((seat) => seat.repId).sort()).toEqual(
        all
          .filter((seat) => mine.has(seat.repId))
          .map((seat) => seat.repId)
          .sort(),
      );
      expect(led.length).toBeGreaterThan(0);
      expect(led.length).toBeLessThan(all.length);
    });
  });

  async function createSurvey(extra: Record<string, unknown> = {}): Promise<Survey> {
    const result = await t.gql<{ createSurvey: Survey }>(
      CREATE_SURVEY,
      {
        input: {
          title: 'CRM pulse',
          toolIds: [crmId],
          opensAt: day(-1),
          closesAt: day(14),
          questions: [
            { kind: 'CSAT', prompt: 'How satisfied are you with the CRM?', toolId: crmId },
            { kind: 'NPS', prompt: 'Would you recommend it?', toolId: crmId, required: false },
            {
              kind: 'SINGLE_CHOICE',
              prompt: 'Which view do you use most?',
              options: ['Board', 'List', 'Calendar'],
              required: false,
            },
            {
              kind: 'MULTI_CHOICE',
              prompt: 'What do you use it for?',
              options: ['Deals', 'Accounts', 'Reports'],
              required: false,
            },
            { kind: 'TEXT', prompt: 'What do you like?', textTopic: 'LIKES', required: false },
            { kind: 'TEXT', prompt: 'What gets in your way?', textTopic: 'DISLIKES', required: false },
          ],
          ...extra,
        },
      },
      admin,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createSurvey;
  }

  async function openSurvey(extra: Record<string, unknown> = {}): Promise<Survey> {
    const draft = await createSurvey(extra);
    const published = await t.gql<{ publishSurvey: Survey }>(
      PUBLISH,
      { input: { id: draft.id, expectedVersion: draft.version } },
      admin,
    );
    if (!published.data) throw new Error(JSON.stringify(published.errors));
    return published.data.publishSurvey;
  }

  const answer = (survey: Survey, csat: number, extra: Record<string, unknown>[] = []) => ({
    surveyId: survey.id,
    answers: [{ questionId: survey.questions[0].id, score: csat }, ...extra],
  });

  describe('building a survey', () => {
    it.each([
      [
        { questions: [{ kind: 'SINGLE_CHOICE', prompt: 'Pick', options: ['Only one'] }] },
        'questions.0.options',
      ],
      [{ questions: [{ kind: 'CSAT', prompt: 'Rate', options: ['a', 'b'] }] }, 'questions.0.options'],
      [{ questions: [{ kind: 'CSAT', prompt: 'Rate', textTopic: 'LIKES' }] }, 'questions.0.textTopic'],
      [
        { questions: [{ kind: 'CSAT', prompt: 'Rate', toolId: '00000000-0000-4000-8000-000000000000' }] },
        'questions.0.toolId',
      ],
      [{ closesAt: day(-2) }, 'closesAt'],
      [{ minAnswers: 2 }, 'minAnswers'],
      [{ toolIds: [] }, 'toolIds'],
      [{ audience: 'TEAMS' }, 'audienceTeamIds'],
    ])('should refuse %j naming %s and store nothing', async (change, field) => {
      const before = await t.count('survey');
      const result = await t.gql(
        CREATE_SURVEY,
        {
          input: {
            title: 'Bad',
            toolIds: [crmId],
            opensAt: day(-1),
            closesAt: day(14),
            questions: [{ kind: 'CSAT', prompt: 'Rate' }],
            ...change,
          },
        },
        admin,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await t.count('survey')).toBe(before);
    });

    it('should edit a draft, then fix its questions once published', async () => {
      const draft = await createSurvey();
      expect(draft.status).toBe('DRAFT');
      const edited = await t.gql<{ updateSurvey: Survey }>(
        `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { ${SURVEY_FIELDS} } }`,
        {
          input: {
            id: draft.id,
            expectedVersion: draft.version,
            survey: {
              title: 'CRM pulse v2',
              toolIds: [crmId],
              opensAt: day(-1),
              closesAt: day(14),
              questions: [{ kind: 'CSAT', prompt: 'Rate it' }],
            },
          },
        },
        admin,
      );
      expect(edited.data?.updateSurvey.questions).toHaveLength(1);
      const bad = await t.gql(
        'mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { id } }',
        {
          input: {
            id: draft.id,
            expectedVersion: edited.data?.updateSurvey.version,
            survey: {
              title: 'x',
              toolIds: [crmId],
              opensAt: day(-1),
              closesAt: day(14),
              questions: [{ kind: 'SINGLE_CHOICE', prompt: 'Pick', options: ['One'] }],
            },
          },
        },
        admin,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'survey.questions.0.options',
      });
      const published = await t.gql<{ publishSurvey: Survey }>(
        PUBLISH,
        { input: { id: draft.id, expectedVersion: edited.data?.updateSurvey.version } },
        admin,
      );
      expect(published.data?.publishSurvey.status).toBe('OPEN');
      const late = await t.gql(
        'mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { id } }',
        {
          input: {
            id: draft.id,
            expectedVersion: published.data?.publishSurvey.version,
            survey: {
              title: 'Sneaky',
              toolIds: [crmId],
              opensAt: day(-1),
              closesAt: day(14),
              questions: [{ kind: 'TEXT', prompt: 'Anything?' }],
            },
          },
        },
        admin,
      );
      expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(
        await t.dataSource.query('SELECT prompt FROM survey_question WHERE survey_id = $1', [draft.id]),
      ).toEqual([{ prompt: 'Rate it' }]);
    });
  });

  describe('answering', () => {
    let survey: Survey;

    beforeAll(async () => {
      survey = await openSurvey({ title: 'Named pulse' });
    });

    it('should show the survey to a seat holder as waiting, and not to a rep without a seat', async () => {
      const mine = await t.gql<{ mySurveys: { answered: boolean; survey: { id: string } }[] }>(
        MINE,
        {},
        reps.get('darcel.schlecht')?.token,
      );
      expect(mine.data?.mySurveys.find((entry) => entry.survey.id === survey.id)?.answered).toBe(false);
      const outsider = await t.gql<{ mySurveys: { survey: { id: string } }[] }>(
        MINE,
        {},
        reps.get('wilburn.farren')?.token,
      );
      expect(outsider.data?.mySurveys.some((entry) => entry.survey.id === survey.id)).toBe(false);
      const refused = await t.gql(SUBMIT, { input: answer(survey, 4) }, reps.get('wilburn.farren')?.token);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it.each([
      ['a 7 on a 1-5 question', (s: Survey) => answer(s, 7), 'answers.0.score'],
      [
        'a missing required answer',
        (s: Survey) => ({ surveyId: s.id, answers: [{ questionId: s.questions[1].id, score: 9 }] }),
        'answers',
      ],
      [
        'an 11 on NPS',
        (s: Survey) => answer(s, 4, [{ questionId: s.questions[1].id, score: 11 }]),
        'answers.1.score',
      ],
      [
        'two options on a single choice',
        (s: Survey) => answer(s, 4, [{ questionId: s.questions[2].id, choices: ['Board', 'List'] }]),
        'answers.1.choices',
      ],
      [
        'an option that does not exist',
        (s: Survey) => answer(s, 4, [{ questionId: s.questions[3].id, choices: ['Deals', 'Golf'] }]),
        'answers.1.choices',
      ],
      [
        'a score on a text question',
        (s: Survey) => answer(s, 4, [{ questionId: s.questions[4].id, score: 3 }]),
        'answers.1.text',
      ],
      [
        'a question of another survey',
        (s: Survey) => answer(s, 4, [{ questionId: '00000000-0000-4000-8000-000000000000', score: 3 }]),
        'answers.1.questionId',
      ],
      [
        'the same question twice',
        (s: Survey) => answer(s, 4, [{ questionId: s.questions[0].id, score: 3 }]),
        'answers.1.questionId',
      ],
    ])('should refuse %s, naming %s, and save nothing', async (_name, make, field) => {
      const before = [await t.count('survey_response'), await t.count('survey_answer')];
      const result = await t.gql(SUBMIT, { input: make(survey) }, reps.get('anna.snelling')?.token);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([await t.count('survey_response'), await t.count('survey_answer')]).toEqual(before);
    });

    it('should keep exactly one response when the same rep submits 50 times at once', async () => {
      const rep = reps.get('boris.faz');
      const attempts = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.gql(
            SUBMIT,
            {
              input: answer(survey, 1 + (i % 5), [{ questionId: survey.questions[4].id, text: `take ${i}` }]),
            },
            rep?.token,
          ),
        ),
      );
      expect(attempts.filter((a) => a.errors)).toEqual([]);
      const rows: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM survey_response WHERE survey_id = $1 AND rep_id = $2',
        [survey.id, rep?.id],
      );
      expect(rows).toHaveLength(1);
      const answers: { score: number | null; text: string | null }[] = await t.dataSource.query(
        'SELECT score, text FROM survey_answer WHERE response_id = $1 ORDER BY text NULLS FIRST',
        [rows[0].id],
      );
      // One submission's answers, whole: its score and its text belong together.
      expect(answers).toHaveLength(2);
      const take = Number(answers[1].text?.replace('take ', ''));
      expect(answers[0].score).toBe(1 + (take % 5));
    });

    it('should let a rep change their answers until the survey closes, then refuse', async () => {
      const rep = reps.get('cecily.lampkin');
      await t.gql(SUBMIT, { input: answer(survey, 2) }, rep?.token);
      const changed = await t.gql<{
        submitSurveyResponse: { answered: boolean; myAnswers: { score: number }[] };
      }>(SUBMIT, { input: answer(survey, 5) }, rep?.token);
      expect(changed.data?.submitSurveyResponse).toEqual({
        answered: true,
        myAnswers: [{ questionId: survey.questions[0].id, score: 5, choices: [], text: null }],
      });
      const other = await openSurvey({ title: 'Closing soon' });
      const closed = await t.gql<{ closeSurvey: Survey }>(
        CLOSE,
        { input: { id: other.id, expectedVersion: other.version } },
        admin,
      );
      expect(closed.data?.closeSurvey.status).toBe('CLOSED');
      const late = await t.gql(SUBMIT, { input: answer(other, 4) }, rep?.token);
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId' });
    });

    it('should show named results: distribution, mean, CSAT, NPS, texts with names, and who has not answered', async () => {
      const s = await openSurvey({ title: 'Results pulse' });
      const send = (login: string, csat: number, nps: number, text?: string) =>
        t.gql(
          SUBMIT,
          {
            input: answer(s, csat, [
              { questionId: s.questions[1].id, score: nps },
              { questionId: s.questions[2].id, choices: ['List'] },
              ...(text ? [{ questionId: s.questions[5].id, text }] : []),
            ]),
          },
          reps.get(login)?.token,
        );
      await send('darcel.schlecht', 5, 10, 'Slow sync');
      await send('anna.snelling', 4, 9);
      await send('boris.faz', 2, 3, 'Too many fields');
      const result = await t.gql<{
        surveyResults: Record<string, unknown> & {
          questions: Record<string, unknown>[];
          notAnswered: { repName: string }[];
        };
      }>(RESULTS, { surveyId: s.id }, admin);
      const r = result.data?.surveyResults;
      expect(r).toMatchObject({ audienceSize: 8, responses: 3, responseRate: 0.375, hidden: false });
      expect(r?.questions[0]).toMatchObject({ kind: 'CSAT', answered: 3, mean: 3.67, csat: 0.6667 });
      expect(r?.questions[0].distribution).toEqual([
        { label: '1', count: 0 },
        { label: '2', count: 1 },
        { label: '3', count: 0 },
        { label: '4', count: 1 },
        { label: '5', count: 1 },
      ]);
      expect(r?.questions[1].nps).toEqual({ score: 33.3, promoters: 2, passives: 0, detractors: 1 });
      expect(r?.questions[2].distribution).toEqual([
        { label: 'Board', count: 0 },
        { label: 'List', count: 3 },
        { label: 'Calendar', count: 0 },
      ]);
      expect(r?.questions[5].texts).toEqual([
        { text: 'Slow sync', topic: 'DISLIKES', repName: 'Darcel Schlecht' },
        { text: 'Too many fields', topic: 'DISLIKES', repName: 'Boris Faz' },
      ]);
      expect(r?.notAnswered.map((rep) => rep.repName)).toHaveLength(5);
      expect(r?.notAnswered.map((rep) => rep.repName)).not.toContain('Darcel Schlecht');
    });
  });

  describe('anonymity', () => {
    let survey: Survey;

    beforeAll(async () => {
      survey = await openSurvey({ title: 'Anonymous pulse', anonymous: true, minAnswers: 3 });
    });

    it('should store anonymous answers with no rep, no time of day, and never read them back', async () => {
      const rep = reps.get('darcel.schlecht');
      const result = await t.gql<{ submitSurveyResponse: { answered: boolean; myAnswers: unknown[] } }>(
        SUBMIT,
        { input: answer(survey, 4) },
        rep?.token,
      );
      expect(result.data?.submitSurveyResponse).toEqual({ answered: true, myAnswers: [] });
      const stored = await t.dataSource.query(
        'SELECT rep_id, submitted_at, respondent_key FROM survey_response WHERE survey_id = $1',
        [survey.id],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ rep_id: null, submitted_at: null });
      expect(stored[0].respondent_key).not.toContain(rep?.id);
      const again = await t.gql<{ submitSurveyResponse: { answered: boolean } }>(
        SUBMIT,
        { input: answer(survey, 2) },
        rep?.token,
      );
      expect(again.data?.submitSurveyResponse.answered).toBe(true);
      expect(
        await t.dataSource.query('SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1', [
          survey.id,
        ]),
      ).toEqual([{ n: 1 }]);
    });

    it('should hide results until the threshold is met, then while open until a release shows', async () => {
      const hidden = await t.gql<{
        surveyResults: { hidden: boolean; hiddenReason: string; questions: unknown[]; responses: number };
      }>(RESULTS, { surveyId: survey.id }, admin);
      expect(hidden.data?.surveyResults).toMatchObject({
        hidden: true,
        hiddenBecause: 'TOO_FEW_ANSWERS',
        minAnswers: 3,
        questions: [],
        responses: 1,
      });
      expect(hidden.data?.surveyResults.hiddenReason).toMatch(/from 3 answers/);
      for (const login of ['anna.snelling', 'boris.faz']) {
        await t.gql(
          SUBMIT,
          {
            input: answer(survey, 5, [
              { questionId: survey.questions[5].id, text: `note from ${login.length}` },
            ]),
          },
          reps.get(login)?.token,
        );
      }
      // Three answers take the first release; it shows one step behind, from six (decision 0018).
      const waiting = await t.gql<{ surveyResults: { hiddenReason: string } }>(
        RESULTS,
        { surveyId: survey.id },
        admin,
      );
      expect(waiting.data?.surveyResults).toMatchObject({
        hidden: true,
        hiddenBecause: 'AWAITING_RELEASE',
        responses: 3,
        questions: [],
      });
      expect(waiting.data?.surveyResults.hiddenReason).toMatch(/every 3 answers/);
    });

    it("should show released results without any name, and hide a team's results until close and where the team or the rest of the team above it is under the threshold", async () => {
      // So far Darcel (Melvin's team), Anna (Dustin's) and Boris (Rocco's). Three more of Dustin's team answer.
      for (const login of ['cecily.lampkin', 'versie.hillebrand', 'moses.frase']) {
        await t.gql(SUBMIT, { input: answer(survey, 3) }, reps.get(login)?.token);
      }
      const shown = await t.gql<{
        surveyResults: {
          hidden: boolean;
          questions: { answered: number; texts: { repName: string | null }[] }[];
          notAnswered: unknown[];
        };
      }>(RESULTS, { surveyId: survey.id }, admin);
      expect(shown.data?.surveyResults).toMatchObject({
        hidden: false,
        responses: 6,
        releasedResponses: 3,
        nextReleaseAt: 9,
      });
      expect(shown.data?.surveyResults.questions[0].answered).toBe(3);
      expect(shown.data?.surveyResults.notAnswered).toEqual([]);
      expect(shown.data?.surveyResults.questions[5].texts.every((text) => text.repName === null)).toBe(true);
      const body = JSON.stringify(shown.data);
      for (const rep of reps.values()) expect(body).not.toContain(rep.id);
      for (const name of ['Darcel', 'Anna', 'Boris']) expect(body).not.toContain(name);
      const teamId = reps.get('anna.snelling')?.teamId;
      const open = await t.gql<{ surveyResults: Record<string, unknown> }>(
        RESULTS,
        { surveyId: survey.id, teamId },
        admin,
      );
      expect(open.data?.surveyResults).toMatchObject({
        hidden: true,
        hiddenBecause: 'TEAMS_AFTER_CLOSE',
        responses: null,
        questions: [],
      });
      await t.gql(CLOSE, { input: { id: survey.id, expectedVersion: survey.version } }, admin);
      const small = await t.gql<{ surveyResults: { hidden: boolean; questions: unknown[] } }>(
        RESULTS,
        { surveyId: survey.id, teamId: reps.get('boris.faz')?.teamId },
        admin,
      );
      expect(small.data?.surveyResults).toMatchObject({
        hidden: true,
        questions: [],
        responses: null,
        fewerThan: 3,
      });
      // Dustin's team has 4 answers, enough on its own; but Central minus Dustin's team is Darcel alone,
      // so showing both Central and Dustin's team would give away Darcel's answer.
      const team = await t.gql<{
        surveyResults: { hidden: boolean; hiddenReason: string; questions: unknown[] };
      }>(RESULTS, { surveyId: survey.id, teamId }, admin);
      expect(team.data?.surveyResults).toMatchObject({
        hidden: true,
        hiddenBecause: 'SMALL_GROUP',
        minAnswers: 3,
        questions: [],
      });
      expect(team.data?.surveyResults.hiddenReason).toMatch(/rest of the team above/);
      const whole = await t.gql<{ surveyResults: { hidden: boolean; responses: number } }>(
        RESULTS,
        { surveyId: survey.id },
        admin,
      );
      expect(whole.data?.surveyResults).toMatchObject({
        hidden: false,
        hiddenBecause: null,
        hiddenReason: null,
        responses: 6,
      });
    });

    it('should offer no field or filter that reaches the respondent of an anonymous answer', () => {
      // Every object type reachable from the results, with its fields.
      const seen = new Map<string, string[]>();
      const visit = (type: GraphQLNamedType) => {
        if (!isObjectType(type) || seen.has(type.name)) return;
        const fields = Object.values(type.getFields());
        seen.set(
          type.name,
          fields.map((field) => field.name),
        );
        for (const field of fields) visit(getNamedType(field.type));
      };
      const results = schema.getQueryType()?.getFields()['surveyResults'];
      visit(getNamedType(results?.type as GraphQLOutputType));
      const personal = [...seen].flatMap(([type, fields]) =>
        fields.filter((f) => /rep|respondent|email|submitted/i.test(f)).map((f) => `${type}.${f}`),
      );
      // Names only in the reminders list and beside text answers, both empty or null for anonymous surveys (tested above).
      expect(personal.sort()).toEqual([
        'Survey.audienceRepIds',
        'SurveyRespondent.email',
        'SurveyRespondent.repId',
        'SurveyRespondent.repName',
        'TextAnswer.repName',
      ]);
      expect(results?.args.map((a) => a.name).sort()).toEqual(['surveyId', 'teamId']);
      expect(
        Object.keys(schema.getTypeMap())
          .filter((name) => /response|answer/i.test(name))
          .sort(),
      ).toEqual(['AnswerInput', 'SubmitSurveyResponseInput', 'SurveyAnswer', 'TextAnswer']);
    });
  });

  describe('the scorecard on the demo stack', () => {
    it('should say keep, review or replace with reasons, and link satisfaction to results for named answers', async () => {
      const service = t.app.get(SurveyService);
      await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
      const seeded = await seedDemoTools(t.dataSource, (surveyId, repId) =>
        service.respondentKey(surveyId, repId),
      );
      expect(seeded).toMatchObject({ tools: 6, surveys: 2 });
      expect(seeded.responses).toBeGreaterThan(30);
      const result = await t.gql<{
        toolScorecard: {
          tool: { id: string; name: string; renewalDueSoon: boolean };
          signal: string;
          reasons: string[];
          findings: { kind: string; weighs: string; reason: string }[];
          latestCsat: number | null;
          trend: { surveyId: string; wave: number; csat: number | null }[];
          satisfactionVsPerformance: {
            reps: number;
            correlation: number | null;
            period: string;
            reading: string;
          } | null;
        }[];
      }>(
        '{ toolScorecard { tool { id name renewalDueSoon } signal reasons findings { kind weighs reason } latestCsat trend { surveyId wave csat } satisfactionVsPerformance { reps correlation period reading } } }',
        {},
        admin,
      );
      const byName = new Map(result.data?.toolScorecard.map((card) => [card.tool.name, card]));
      const highspot = byName.get('Highspot');
      expect(highspot?.signal).not.toBe('KEEP');
      expect(highspot?.trend.map((w) => w.wave)).toEqual([1, 2]);
      expect(highspot?.reasons.join(' ')).toMatch(/satisfied|seats/);
      const crm = byName.get('Salesforce Sales Cloud');
      expect(crm?.tool.renewalDueSoon).toBe(true);
      expect(crm?.latestCsat).not.toBeNull();
      expect(crm?.satisfactionVsPerformance?.reps).toBeGreaterThan(5);
      // The demo surveys are of today and the deals stop in 2017: the answers are set against the last
      // quarter with closed deals, not today's empty one. The correlation, recomputed here from the rows.
      const link = crm?.satisfactionVsPerformance;
      expect(link?.period).toBe('FY2017-Q4');
      const surveyId = crm?.trend.at(-1)?.surveyId;
      const pairs: { score: number; won: string }[] = await t.dataSource.query(
        `SELECT avg(a.score)::float AS score,
                (SELECT coalesce(sum(d.amount_minor), 0) FROM deal d JOIN sales_stage st ON st.id = d.stage_id AND st.kind = 'WON'
                  WHERE d.rep_id = r.rep_id AND d.close_date >= '2017-10-01' AND d.close_date < '2018-01-01')::text AS won
           FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
           JOIN survey_question q ON q.id = a.question_id AND q.tool_id = $2 AND q.kind = 'CSAT'
          WHERE r.survey_id = $1 AND r.rep_id IS NOT NULL AND a.score IS NOT NULL GROUP BY r.rep_id`,
        [surveyId, crm?.tool.id],
      );
      const xs = pairs.map((p) => p.score);
      const ys = pairs.map((p) => Number(p.won));
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const [mx, my] = [mean(xs), mean(ys)];
      const cov = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
      const r =
        cov /
        Math.sqrt(
          xs.reduce((sum, x) => sum + (x - mx) ** 2, 0) * ys.reduce((sum, y) => sum + (y - my) ** 2, 0),
        );
      expect(ys.some((won) => won > 0)).toBe(true);
      expect({ reps: link?.reps, correlation: link?.correlation }).toEqual({
        reps: pairs.length,
        correlation: Math.round(r * 1000) / 1000,
      });
      expect(link?.reading).toContain('FY2017-Q4');
      expect(byName.get('Clari')?.reasons).toContain('No satisfaction survey results yet');
      expect(byName.get('Clari')?.findings).toContainEqual({
        kind: 'NO_RESULTS',
        weighs: 'REVIEW',
        reason: 'No satisfaction survey results yet',
      });
      // The findings are the reasons as data: the same words, in the same order, for every tool.
      for (const card of byName.values()) expect(card.findings.map((f) => f.reason)).toEqual(card.reasons);
    });

    it('should not let one answer in an open wave flip a verdict, nor a wave that asks nothing about the tool add to its trend', async () => {
      type Card = {
        tool: { name: string };
        signal: string;
        findings: { kind: string; reason: string }[];
        trend: {
          wave: number;
          csat: number | null;
          scores: number | null;
          scoresNeeded: number;
          provisional: boolean;
        }[];
      };
      const cards = async () => {
        const result = await t.gql<{ toolScorecard: Card[] }>(
          '{ toolScorecard { tool { name } signal findings { kind reason } trend { wave csat scores scoresNeeded provisional } } }',
          {},
          admin,
        );
        expect(result.errors).toBeUndefined();
        return new Map((result.data?.toolScorecard ?? []).map((card) => [card.tool.name, card]));
      };
      const before = await cards();
      const [{ id: clariId }] = await t.dataSource.query("SELECT id FROM sales_tool WHERE name = 'Clari'");
      const [{ id: highspotId }] = await t.dataSource.query(
        "SELECT id FROM sales_tool WHERE name = 'Highspot'",
      );
      // An open named wave about Clari and Highspot: one rep answers "2" on both.
      const open = await openSurvey({
        title: 'Quick pulse',
        audience: 'EVERYONE',
        toolIds: [clariId, highspotId],
        questions: [
          { kind: 'CSAT', prompt: 'Clari?', toolId: clariId },
          { kind: 'CSAT', prompt: 'Highspot?', toolId: highspotId },
        ],
      });
      const submitted = await t.gql(
        SUBMIT,
        {
          input: { surveyId: open.id, answers: open.questions.map((q) => ({ questionId: q.id, score: 2 })) },
        },
        reps.get('anna.snelling')?.token,
      );
      expect(submitted.errors).toBeUndefined();
      // A wave "about" Clari that asks only a text question adds no bar to its trend.
      await openSurvey({
        title: 'Words only',
        audience: 'EVERYONE',
        toolIds: [clariId],
        questions: [{ kind: 'TEXT', prompt: 'Anything?', textTopic: 'LIKES' }],
      });
      const after = await cards();
      const clari = after.get('Clari') as Card;
      expect(clari.trend).toEqual([{ wave: 1, csat: 0, scores: 1, scoresNeeded: 5, provisional: true }]); // the survey's minAnswers (5 by default)
      expect(clari.signal).toBe('REVIEW'); // not REPLACE on "0% satisfied"
      expect(clari.findings).toContainEqual({
        kind: 'FEW_ANSWERS',
        reason: 'Too few answers to judge yet: wave 1 has 1 of the 5 needed',
      });
      expect(clari.findings.map((f) => f.kind)).not.toContain('CSAT');
      const highspot = after.get('Highspot') as Card;
      expect(highspot.trend.at(-1)).toMatchObject({ csat: 0, provisional: true });
      expect(highspot.signal).toBe(before.get('Highspot')?.signal);
      expect(highspot.findings).toEqual(before.get('Highspot')?.findings);
    });
  });
});
