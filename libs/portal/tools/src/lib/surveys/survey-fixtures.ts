import {
  type SurveyAdminDetailFragment,
  type SurveyAdminQuestionResultFragment,
  type SurveyAdminResultsQuery,
  type SurveyAdminRowFragment,
} from '@salesops/portal/data-access';

// Test data for the survey pages' specs.

export const TOOLS = [
  { id: 'tool-crm', name: 'Salesforce Sales Cloud' },
  { id: 'tool-dialer', name: 'Aircall' },
];

export function row(overrides: Partial<SurveyAdminRowFragment> = {}): SurveyAdminRowFragment {
  return {
    id: 's1',
    seriesId: 's1',
    wave: 1,
    title: 'CRM pulse',
    anonymous: false,
    minAnswers: 5,
    audience: 'SEAT_HOLDERS',
    opensAt: '2026-11-01T09:00:00.000Z',
    closesAt: '2026-11-15T09:00:00.000Z',
    status: 'DRAFT',
    responses: 0,
    version: 1,
    tools: [TOOLS[0]],
    ...overrides,
  };
}

export function detail(overrides: Partial<SurveyAdminDetailFragment> = {}): SurveyAdminDetailFragment {
  return {
    ...row(),
    description: 'Two minutes.',
    audienceTeamIds: [],
    audienceRepIds: [],
    questions: [
      {
        id: 'q1',
        position: 1,
        kind: 'CSAT',
        prompt: 'How satisfied are you?',
        required: true,
        options: [],
        toolId: 'tool-crm',
        textTopic: null,
      },
      {
        id: 'q2',
        position: 2,
        kind: 'SINGLE_CHOICE',
        prompt: 'How often?',
        required: false,
        options: ['Daily', 'Weekly'],
        toolId: null,
        textTopic: null,
      },
    ],
    ...overrides,
  };
}

function result(overrides: Partial<SurveyAdminQuestionResultFragment>): SurveyAdminQuestionResultFragment {
  return {
    questionId: 'q',
    position: 1,
    prompt: 'Q',
    kind: 'CSAT',
    toolId: null,
    answered: 0,
    mean: null,
    csat: null,
    nps: null,
    distribution: [],
    texts: [],
    ...overrides,
  };
}

export const QUESTION_RESULTS: SurveyAdminQuestionResultFragment[] = [
  result({
    questionId: 'q1',
    position: 1,
    prompt: 'How satisfied are you with Salesforce Sales Cloud?',
    kind: 'CSAT',
    toolId: 'tool-crm',
    answered: 10,
    mean: 3.9,
    csat: 0.7,
    distribution: [
      { label: '1', count: 0 },
      { label: '2', count: 1 },
      { label: '3', count: 2 },
      { label: '4', count: 4 },
      { label: '5', count: 3 },
    ],
  }),
  result({
    questionId: 'q2',
    position: 2,
    prompt: 'Would you recommend it?',
    kind: 'NPS',
    toolId: 'tool-crm',
    answered: 4,
    mean: 7.5,
    nps: { score: 25, promoters: 2, passives: 1, detractors: 1 },
    distribution: Array.from({ length: 11 }, (_, i) => ({
      label: String(i),
      count: i === 5 ? 1 : i === 8 ? 1 : i >= 9 ? 1 : 0,
    })),
  }),
  result({
    questionId: 'q3',
    position: 3,
    prompt: 'Which do you use?',
    kind: 'MULTI_CHOICE',
    answered: 5,
    distribution: [
      { label: 'Calls', count: 5 },
      { label: 'Email', count: 2 },
    ],
  }),
  result({
    questionId: 'q4',
    position: 4,
    prompt: 'What do you like?',
    kind: 'TEXT',
    answered: 3,
    texts: [
      { text: 'Fast search', topic: 'LIKES', repName: 'Anna Snelling' },
      { text: 'Fast search', topic: 'LIKES', repName: 'Boris Faz' },
      { text: 'Reports', topic: 'LIKES', repName: 'Carl Lin' },
    ],
  }),
  result({
    questionId: 'q5',
    position: 5,
    prompt: 'What gets in your way?',
    kind: 'TEXT',
    answered: 1,
    texts: [{ text: 'Slow sync', topic: 'DISLIKES', repName: 'Anna Snelling' }],
  }),
];

export function results(
  overrides: Partial<SurveyAdminResultsQuery['surveyResults']> = {},
): SurveyAdminResultsQuery['surveyResults'] {
  return {
    survey: detail({ status: 'OPEN', responses: 10, tools: TOOLS }),
    teamId: null,
    audienceSize: 40,
    responses: 10,
    fewerThan: null,
    responseRate: 0.25,
    hidden: false,
    hiddenBecause: null,
    minAnswers: 5,
    releasedResponses: null,
    nextReleaseAt: null,
    questions: QUESTION_RESULTS,
    notAnswered: [
      { repId: 'r7', repName: 'Darcel Schlecht', teamName: 'East', email: 'darcel.schlecht@salesops.demo' },
      { repId: 'r8', repName: 'Reed Clapper', teamName: 'West', email: 'reed.clapper@salesops.demo' },
    ],
    ...overrides,
  };
}
