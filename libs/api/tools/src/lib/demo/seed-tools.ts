import { randomUUID } from 'node:crypto';

import { addDays, todayIsoDate } from '@salesops/domain';
import { type DataSource } from 'typeorm';

import { snapshotMembers } from '../survey-anonymity.queries';

export interface ToolsSeedResult {
  tools: number;
  seats: number;
  surveys: number;
  responses: number;
}

interface DemoTool {
  name: string;
  category: string;
  vendor: string;
  costPerSeat: number;
  seatsBought: number;
  /** Share of reps holding a seat */
  seatShare: number;
  renewsInDays: number;
  notes: string;
  link: string;
  /** Mean CSAT (1-5) in the first and second wave */
  csat: [number, number] | null;
}

// A realistic stack for a 35-rep team; prices are list prices per seat and month.
const TOOLS: DemoTool[] = [
  {
    name: 'Salesforce Sales Cloud',
    category: 'CRM',
    vendor: 'Salesforce',
    costPerSeat: 165,
    seatsBought: 40,
    seatShare: 1,
    renewsInDays: 62,
    notes: 'Enterprise edition; the system of record for deals.',
    link: 'https://www.salesforce.com/sales/',
    csat: [3.9, 4.1],
  },
  {
    name: 'Gmail (Google Workspace)',
    category: 'EMAIL',
    vendor: 'Google',
    costPerSeat: 14,
    seatsBought: 45,
    seatShare: 1,
    renewsInDays: 250,
    notes: 'Business Standard.',
    link: 'https://workspace.google.com/',
    csat: null,
  },
  {
    name: 'Aircall',
    category: 'DIALER',
    vendor: 'Aircall',
    costPerSeat: 50,
    seatsBought: 30,
    seatShare: 0.8,
    renewsInDays: 140,
    notes: 'Logs calls to the CRM.',
    link: 'https://aircall.io/',
    csat: [3.6, 3.8],
  },
  {
    name: 'Outreach',
    category: 'SALES_ENGAGEMENT',
    vendor: 'Outreach',
    costPerSeat: 100,
    seatsBought: 40,
    seatShare: 0.75,
    renewsInDays: 300,
    notes: 'Sequences for outbound prospecting.',
    link: 'https://www.outreach.io/',
    csat: [3.5, 3.4],
  },
  {
    name: 'Clari',
    category: 'FORECASTING',
    vendor: 'Clari',
    costPerSeat: 90,
    seatsBought: 10,
    seatShare: 0.2,
    renewsInDays: 45,
    notes: 'Forecast calls with the managers.',
    link: 'https://www.clari.com/',
    csat: null,
  },
  {
    name: 'Highspot',
    category: 'CONTENT',
    vendor: 'Highspot',
    costPerSeat: 40,
    seatsBought: 35,
    seatShare: 0.45,
    renewsInDays: 80,
    notes: 'Sales collateral; adoption has been slow.',
    link: 'https://www.highspot.com/',
    csat: [3.2, 2.6],
  },
];

const LIKES = [
  'Pipeline views are quick to filter',
  'Everything about an account is in one place',
  'The mobile app works well between meetings',
  'Call logging happens by itself',
  'Sequences save me an hour a day',
  'Reports are easy to share with my manager',
];
const DISLIKES = [
  'Too many required fields on a new deal',
  'Search in the content library rarely finds the right deck',
  'Syncing with email is slow',
  'I log the same call in two places',
  'Collateral is out of date',
  'Forecast categories are confusing',
];

/** A small deterministic generator, so the demo answers are the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The demo inventory (six tools with costs, seats and renewals), and two closed waves of a named
 * satisfaction survey answered by most demo reps, so the results and the scorecard have something to
 * show. `respondentKey` is the survey service's key function. One transaction.
 */
export async function seedDemoTools(
  dataSource: DataSource,
  respondentKey: (surveyId: string, repId: string) => Promise<string>,
): Promise<ToolsSeedResult> {
  const today = todayIsoDate();
  const reps: { id: string; team_id: string; active: boolean }[] = await dataSource.query(
    'SELECT id, team_id, active FROM rep ORDER BY name',
  );
  const [admin]: { id: string }[] = await dataSource.query(
    "SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1",
  );
  const rand = random(2017);
  const surveyIds = [randomUUID(), randomUUID()];
  const keys = new Map<string, string>();
  for (const surveyId of surveyIds)
    for (const rep of reps) keys.set(`${surveyId}:${rep.id}`, await respondentKey(surveyId, rep.id));

  return dataSource.transaction(async (manager) => {
    const toolIds = new Map<string, string>();
    const holders = new Map<string, string[]>();
    let seats = 0;
    for (const tool of TOOLS) {
      const id = randomUUID();
      toolIds.set(tool.name, id);
      await manager.query(
        `INSERT INTO sales_tool (id, name, category, vendor, owner_id, status, cost_per_seat_minor, currency, seats_bought, renewal_date, notes, links)
         VALUES ($1, $2, $3, $4, $5, 'ACTIVE', $6, 'USD', $7, $8, $9, $10)`,
        [
          id,
          tool.name,
          tool.category,
          tool.vendor,
          admin?.id ?? null,
          tool.costPerSeat * 100,
          tool.seatsBought,
          addDays(today, tool.renewsInDays),
          tool.notes,
          [tool.link],
        ],
      );
      const withSeat = reps.filter((rep, index) => rep.active && (index * 7919) % 100 < tool.seatShare * 100);
      holders.set(
        id,
        withSeat.map((rep) => rep.id),
      );
      if (withSeat.length > 0) {
        await manager.query(
          `INSERT INTO tool_seat (id, tool_id, rep_id, starts_on) SELECT gen_random_uuid(), $1, unnest($2::uuid[]), $3`,
          [id, withSeat.map((rep) => rep.id), addDays(today, -400)],
        );
      }
      seats += withSeat.length;
    }

    const surveyed = TOOLS.filter((tool) => tool.csat);
    let responses = 0;
    for (const [wave, surveyId] of surveyIds.entries()) {
      const closes = addDays(today, wave === 0 ? -120 : -30);
      await manager.query(
        `INSERT INTO survey (id, series_id, wave, title, description, anonymous, min_answers, audience, opens_at, closes_at, published_at)
         VALUES ($1, $2, $3, 'Quarterly sales tool pulse', 'Two minutes on the tools you use every day. Your name is kept with your answers so ops can follow up.',
                 false, 5, 'SEAT_HOLDERS', $4::date, $5::date, $4::date)`,
        [surveyId, surveyIds[0], wave + 1, addDays(closes, -14), closes],
      );
      await snapshotMembers(manager, surveyId);
      const questions: {
        id: string;
        kind: string;
        toolId: string | null;
        tool?: DemoTool;
        topic?: string;
        options?: string[];
      }[] = [];
      for (const tool of surveyed)
        questions.push({ id: randomUUID(), kind: 'CSAT', toolId: toolIds.get(tool.name) as string, tool });
      const crm = toolIds.get(TOOLS[0].name) as string;
      questions.push({ id: randomUUID(), kind: 'NPS', toolId: crm, tool: TOOLS[0] });
      const dropOptions = surveyed.map((tool) => tool.name);
      questions.push({ id: randomUUID(), kind: 'SINGLE_CHOICE', toolId: null, options: dropOptions });
      questions.push({ id: randomUUID(), kind: 'TEXT', toolId: null, topic: 'LIKES' });
      questions.push({ id: randomUUID(), kind: 'TEXT', toolId: null, topic: 'DISLIKES' });
      for (const tool of surveyed)
        await manager.query('INSERT INTO survey_tool (survey_id, tool_id) VALUES ($1, $2)', [
          surveyId,
          toolIds.get(tool.name),
        ]);
      for (const [index, question] of questions.entries()) {
        const prompt =
          question.kind === 'CSAT'
            ? `How satisfied are you with ${question.tool?.name}?`
            : question.kind === 'NPS'
              ? `How likely are you to recommend ${question.tool?.name} to a colleague?`
              : question.kind === 'SINGLE_CHOICE'
                ? 'If we dropped one tool, which would you miss least?'
                : question.topic === 'LIKES'
                  ? 'What do you like about the tools you use?'
                  : 'What gets in your way?';
        await manager.query(
          `INSERT INTO survey_question (id, survey_id, position, kind, prompt, required, options, tool_id, text_topic) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            question.id,
            surveyId,
            index + 1,
            question.kind,
            prompt,
            false,
            question.options ?? [],
            question.toolId,
            question.topic ?? null,
          ],
        );
      }
      // Most seat holders answer; each scores the tools they hold a seat on.
      const audience = reps.filter(
        (rep) => rep.active && [...holders.values()].some((ids) => ids.includes(rep.id)),
      );
      for (const rep of audience) {
        if (rand() < 0.15) continue;
        const responseId = randomUUID();
        await manager.query(
          `INSERT INTO survey_response (id, survey_id, respondent_key, rep_id, team_id, team_path, submitted_on, submitted_at)
           VALUES ($1, $2, $3, $4, $5, coalesce((SELECT team_path FROM survey_member WHERE survey_id = $2 AND rep_id = $4), '{}'), $6::date, $6::date)`,
          [
            responseId,
            surveyId,
            keys.get(`${surveyId}:${rep.id}`),
            rep.id,
            rep.team_id,
            addDays(closes, -Math.ceil(rand() * 10)),
          ],
        );
        responses++;
        for (const question of questions) {
          let score: number | null = null;
          let choices: string[] | null = null;
          let text: string | null = null;
          if (
            question.kind === 'CSAT' &&
            question.tool?.csat &&
            holders.get(question.toolId as string)?.includes(rep.id)
          ) {
            score = Math.min(5, Math.max(1, Math.round(question.tool.csat[wave] + (rand() - 0.5) * 2.4)));
          } else if (question.kind === 'NPS') {
            score = Math.min(10, Math.max(0, Math.round(7.4 + wave * 0.4 + (rand() - 0.5) * 5)));
          } else if (question.kind === 'SINGLE_CHOICE' && rand() < 0.8) {
            choices = [
              rand() < 0.5
                ? 'Highspot'
                : (question.options as string[])[Math.floor(rand() * (question.options as string[]).length)],
            ];
          } else if (question.kind === 'TEXT' && rand() < 0.5) {
            const pool = question.topic === 'LIKES' ? LIKES : DISLIKES;
            text = pool[Math.floor(rand() * pool.length)];
          }
          if (score === null && choices === null && text === null) continue;
          await manager.query(
            'INSERT INTO survey_answer (id, response_id, question_id, score, choices, text) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)',
            [responseId, question.id, score, choices, text],
          );
        }
      }
    }
    return { tools: TOOLS.length, seats, surveys: surveyIds.length, responses };
  });
}
