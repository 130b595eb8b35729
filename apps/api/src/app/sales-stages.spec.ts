import { resolve } from 'node:path';

import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from '@salesops/api/org';
import { seedDemoPipeline } from '@salesops/api/pipeline';

import { TestApp } from '../testing/test-app';

const STAGES = '{ salesStages { id name position kind winProbability } }';
type Stage = { id: string; name: string; position: number; kind: string; winProbability: number };

describe('the defined sales process', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoPipeline(t.dataSource, resolve(__dirname, '../../../../data/crm-sales-opportunities'));
    admin = await t.login(DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  });

  afterAll(() => t.stop());

  const stages = async () =>
    (await t.gql<{ salesStages: Stage[] }>(STAGES, {}, admin)).data?.salesStages ?? [];

  it('should hold the demo stages in funnel order', async () => {
    expect((await stages()).map((s) => [s.name, s.position, s.kind, s.winProbability])).toEqual([
      ['Prospecting', 1, 'OPEN', 10],
      ['Engaging', 2, 'OPEN', 40],
      ['Won', 3, 'WON', 100],
      ['Lost', 4, 'LOST', 0],
    ]);
  });

  it('should insert a stage at a position and renumber the others without gaps', async () => {
    const created = await t.gql(
      'mutation($input: CreateSalesStageInput!) { createSalesStage(input: $input) { name position } }',
      { input: { name: 'Qualified', kind: 'OPEN', winProbability: 25, position: 2 } },
      admin,
    );
    expect(created.data).toEqual({ createSalesStage: { name: 'Qualified', position: 2 } });
    expect((await stages()).map((s) => s.name)).toEqual([
      'Prospecting',
      'Qualified',
      'Engaging',
      'Won',
      'Lost',
    ]);
    const qualified = (await stages()).find((s) => s.name === 'Qualified') as Stage;
    await t.gql(
      'mutation($input: UpdateSalesStageInput!) { updateSalesStage(input: $input) { position } }',
      { input: { id: qualified.id, position: 9 } },
      admin,
    );
    expect((await stages()).map((s) => [s.name, s.position])).toEqual([
      ['Prospecting', 1],
      ['Engaging', 2],
      ['Won', 3],
      ['Lost', 4],
      ['Qualified', 5],
    ]);
  });

  it('should refuse inconsistent stages, naming the field', async () => {
    const create = 'mutation($input: CreateSalesStageInput!) { createSalesStage(input: $input) { id } }';
    const update = 'mutation($input: UpdateSalesStageInput!) { updateSalesStage(input: $input) { id } }';
    const won = (await stages()).find((s) => s.name === 'Won') as Stage;
    const cases: [string, Record<string, unknown>, string][] = [
      [create, { name: 'Closed', kind: 'WON', winProbability: 50 }, 'winProbability'],
      [create, { name: 'won', kind: 'OPEN', winProbability: 50 }, 'name'],
      [create, { name: 'X', kind: 'OPEN', winProbability: 101 }, 'winProbability'],
      [update, { id: won.id, kind: 'OPEN', winProbability: 100 }, 'kind'],
    ];
    for (const [mutation, input, field] of cases) {
      const result = await t.gql(mutation, { input }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await stages()).toHaveLength(5);
  });
});
