import {
  allNodes,
  attainmentBand,
  attainmentWidth,
  buildTeamTree,
  funnelBars,
  ratio,
  type RepRow,
  repsUnder,
  summarizeAll,
  summarizeOne,
  sumMinor,
  type TeamRow,
  treeCsvRows,
  visibleRows,
} from './dashboard-model';

const usd = (minor: string) => ({
  minor,
  currency: 'USD',
  amount: `${BigInt(minor) / 100n}.${(BigInt(minor) % 100n).toString().padStart(2, '0')}`,
});

function team(teamId: string, parentId: string | null, name: string, over: Partial<TeamRow> = {}): TeamRow {
  return {
    teamId,
    parentId,
    name,
    reps: 1,
    dealsWon: 0,
    dealsLost: 0,
    winRate: null,
    openDeals: 0,
    attainment: null,
    pipelineCoverage: null,
    wonRevenue: usd('0'),
    openPipeline: usd('0'),
    weightedPipeline: usd('0'),
    wonRevenueTarget: null,
    ...over,
  };
}

function rep(repId: string, teamName: string, over: Partial<RepRow> = {}): RepRow {
  return {
    rank: 1,
    repId,
    repName: `Rep ${repId}`,
    teamName,
    active: true,
    dealsWon: 1,
    dealsLost: 1,
    winRate: 0.5,
    salesCycleDays: 10,
    openDeals: 2,
    attainment: null,
    pipelineCoverage: null,
    wonRevenueTarget: null,
    wonRevenue: usd('1000'),
    avgDealSize: usd('1000'),
    openPipeline: usd('500'),
    weightedPipeline: usd('250'),
    ...over,
  };
}

describe('buildTeamTree', () => {
  it('should nest teams under their parent and sort siblings by name when given a region tree', () => {
    const roots = buildTeamTree([
      team('t2', 'r1', 'Zeta team'),
      team('r2', null, 'West'),
      team('t1', 'r1', 'Alpha team'),
      team('r1', null, 'East'),
      team('t3', 'r2', 'Gamma team'),
    ]);

    expect(roots.map((node) => node.team.name)).toEqual(['East', 'West']);
    expect(roots[0].children.map((node) => node.team.name)).toEqual(['Alpha team', 'Zeta team']);
    expect(roots[0].children[0].depth).toBe(1);
    expect(roots[0].children[0].path).toEqual(['East']);
    expect(allNodes(roots).map((node) => node.team.teamId)).toEqual(['r1', 't1', 't2', 'r2', 't3']);
  });

  it('should make a team a root when its parent is outside the caller’s reach (a manager’s own team)', () => {
    const roots = buildTeamTree([
      team('mine', 'region-i-cannot-see', 'Melvin’s team'),
      team('sub', 'mine', 'Melvin’s pod'),
    ]);

    expect(roots).toHaveLength(1);
    expect(roots[0].team.teamId).toBe('mine');
    expect(roots[0].depth).toBe(0);
    expect(roots[0].children.map((node) => node.team.teamId)).toEqual(['sub']);
  });

  it('should keep every team, as roots, when parentIds form a loop', () => {
    const roots = buildTeamTree([team('a', 'b', 'A'), team('b', 'a', 'B'), team('c', 'c', 'C')]);

    expect(
      allNodes(roots)
        .map((node) => node.team.teamId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('should give no roots when there are no teams', () => {
    expect(buildTeamTree([])).toEqual([]);
  });
});

describe('visibleRows', () => {
  const roots = buildTeamTree([
    team('r1', null, 'East'),
    team('t1', 'r1', 'Alpha team'),
    team('t2', 'r1', 'Beta team'),
  ]);

  it('should show only the roots when nothing is expanded', () => {
    expect(visibleRows(roots, new Set(), () => undefined).map((row) => row.key)).toEqual(['team:r1']);
  });

  it('should list subteams, then the reps, with one more level of indent, when teams are expanded', () => {
    const rows = visibleRows(roots, new Set(['r1', 't1']), (id) =>
      id === 't1'
        ? { status: 'done', rows: [rep('p1', 'Alpha team'), rep('p2', 'Elsewhere')] }
        : { status: 'done', rows: [rep('p1', 'Alpha team'), rep('p3', 'East')] },
    );

    expect(rows.map((row) => [row.key, row.level])).toEqual([
      ['team:r1', 0],
      ['team:t1', 1],
      ['rep:t1:p1', 2],
      ['rep:t1:p2', 2],
      ['team:t2', 1],
      ['rep:r1:p3', 1],
    ]);
    const moved = rows.find((row) => row.key === 'rep:t1:p2');
    expect(moved?.kind === 'rep' && moved.movedTo).toBe('Elsewhere');
  });

  it('should say when the reps are loading, failed or there are none', () => {
    const leaf = buildTeamTree([team('a', null, 'A'), team('b', null, 'B'), team('c', null, 'C')]);
    const rows = visibleRows(leaf, new Set(['a', 'b', 'c']), (id) =>
      id === 'a' ? undefined : id === 'b' ? { status: 'error', rows: [] } : { status: 'done', rows: [] },
    );

    expect(
      rows.filter((row) => row.kind === 'status').map((row) => row.kind === 'status' && row.status),
    ).toEqual(['loading', 'error', 'empty']);
  });
});

describe('repsUnder', () => {
  it('should list only the reps directly in a team that has subteams', () => {
    const [region] = buildTeamTree([team('r1', null, 'East'), team('t1', 'r1', 'Alpha team')]);
    const rows = [rep('p1', 'Alpha team'), rep('p2', 'East')];

    expect(repsUnder(region, rows).map((row) => row.repId)).toEqual(['p2']);
    expect(repsUnder(region.children[0], rows).map((row) => row.repId)).toEqual(['p1', 'p2']);
  });
});

describe('treeCsvRows', () => {
  it('should write every team and its reps depth first with their level and the teams above', () => {
    const roots = buildTeamTree([
      team('r1', null, 'East', {
        reps: 2,
        wonRevenue: usd('300'),
        wonRevenueTarget: usd('600'),
        attainment: 0.5,
      }),
      team('t1', 'r1', 'Alpha, "the" team', { reps: 2, wonRevenue: usd('300') }),
    ]);
    const rows = treeCsvRows(roots, (id) => (id === 't1' ? [rep('p1', 'Alpha, "the" team')] : []));

    expect(rows.map((row) => [row.level, row.kind, row.name, row.path, row.reps])).toEqual([
      [0, 'team', 'East', '', 2],
      [1, 'team', 'Alpha, "the" team', 'East', 2],
      [2, 'rep', 'Rep p1', 'East / Alpha, "the" team', null],
    ]);
    expect(rows[0].target?.amount).toBe('6.00');
    expect(rows[0].attainment).toBe(0.5);
  });
});

describe('summaries', () => {
  it('should add the top-level teams exactly in minor units and compute the ratios from the sums', () => {
    const roots = [
      team('a', null, 'A', {
        reps: 3,
        dealsWon: 3,
        dealsLost: 1,
        openDeals: 4,
        wonRevenue: usd('90071992547409930'),
        openPipeline: usd('30000'),
        weightedPipeline: usd('10001'),
        wonRevenueTarget: usd('100000000000000000'),
      }),
      team('b', null, 'B', {
        reps: 2,
        dealsWon: 1,
        dealsLost: 3,
        openDeals: 1,
        wonRevenue: usd('9928007452590070'),
        openPipeline: usd('1'),
        weightedPipeline: usd('1'),
        wonRevenueTarget: usd('100000000000000000'),
      }),
    ];
    const summary = summarizeAll(roots);

    // 900719925474099.30 + 99280074525900.70: past Number.MAX_SAFE_INTEGER in cents, still exact.
    expect(summary.wonRevenue).toEqual({ amount: '1000000000000000.00', currency: 'USD' });
    expect(summary.target).toEqual({ amount: '2000000000000000.00', currency: 'USD' });
    expect(summary.attainment).toBe(0.5);
    expect(summary.weightedPipeline).toEqual({ amount: '100.02', currency: 'USD' });
    expect(summary.winRate).toBe(0.5);
    expect(summary.reps).toBe(5);
    expect(summary.openDeals).toBe(5);
    expect(summary.goals).toEqual({ set: 2, of: 2 });
    // 300.01 open against 1,000,000,000,000,000.00 still to go.
    expect(summary.coverage).toBe(0);
  });

  it('should leave attainment and coverage out when a top-level team has no goal', () => {
    const summary = summarizeAll([
      team('a', null, 'A', { wonRevenue: usd('100'), wonRevenueTarget: usd('200') }),
      team('b', null, 'B', { wonRevenue: usd('100') }),
    ]);

    expect(summary.attainment).toBeNull();
    expect(summary.coverage).toBeNull();
    expect(summary.target).toBeNull();
    expect(summary.goals).toEqual({ set: 1, of: 2 });
    expect(summary.winRate).toBeNull();
  });

  it('should compute coverage of the remaining goal, and none once the goal is met', () => {
    const behind = summarizeAll([
      team('a', null, 'A', {
        wonRevenue: usd('100'),
        openPipeline: usd('300'),
        wonRevenueTarget: usd('200'),
      }),
    ]);
    const ahead = summarizeAll([
      team('a', null, 'A', {
        wonRevenue: usd('300'),
        openPipeline: usd('300'),
        wonRevenueTarget: usd('200'),
      }),
    ]);

    expect(behind.coverage).toBe(3);
    expect(behind.attainment).toBe(0.5);
    expect(ahead.coverage).toBeNull();
    expect(ahead.attainment).toBe(1.5);
  });

  it('should show no totals when there are no teams', () => {
    const summary = summarizeAll([]);
    expect(summary.wonRevenue).toBeNull();
    expect(summary.attainment).toBeNull();
    expect(summary.goals).toEqual({ set: 0, of: 0 });
  });

  it('should take a single team’s or rep’s own figures from the API', () => {
    expect(
      summarizeOne(team('a', null, 'A', { attainment: 0.8, pipelineCoverage: 2.5, reps: 4 })),
    ).toMatchObject({
      attainment: 0.8,
      coverage: 2.5,
      reps: 4,
      goals: null,
    });
    expect(summarizeOne(rep('p1', 'A')).reps).toBeNull();
  });

  it('should refuse to add different currencies', () => {
    expect(sumMinor([usd('1'), { minor: '1', currency: 'EUR' }])).toBeNull();
    expect(sumMinor([])).toBeNull();
  });

  it('should divide minor units without a float until the end', () => {
    expect(ratio(1n, 3n)).toBe(0.333333);
    expect(ratio(1n, 0n)).toBeNull();
  });
});

describe('attainment bars', () => {
  it('should fill the track at the goal and never beyond', () => {
    expect(attainmentWidth(null)).toBe(0);
    expect(attainmentWidth(0.4567)).toBe(45.7);
    expect(attainmentWidth(1.8)).toBe(100);
    expect(attainmentWidth(-1)).toBe(0);
  });

  it('should colour by how close to the goal', () => {
    expect(attainmentBand(null)).toBe('none');
    expect(attainmentBand(1)).toBe('met');
    expect(attainmentBand(0.7)).toBe('near');
    expect(attainmentBand(0.69)).toBe('behind');
  });
});

describe('funnelBars', () => {
  const step = (position: number, entered: number, advanced: number, lostHere = 0, openHere = 0) => ({
    stageId: `s${position}`,
    stageName: `Stage ${position}`,
    position,
    entered,
    advanced,
    conversionRate: entered > 0 ? advanced / entered : null,
    lostHere,
    openHere,
  });

  it('should scale every bar to the widest, in funnel order, and close with the won deals', () => {
    const bars = funnelBars({ won: 250, steps: [step(2, 800, 250, 400, 150), step(1, 1000, 800, 0, 200)] });

    expect(bars.map((bar) => [bar.stageName, bar.entered, bar.widthPct])).toEqual([
      ['Stage 1', 1000, 100],
      ['Stage 2', 800, 80],
      [null, 250, 25],
    ]);
    expect(bars[1]).toMatchObject({ conversionRate: 0.3125, lostHere: 400, openHere: 150, weakest: true });
    expect(bars[0].weakest).toBe(false);
    expect(bars[2].conversionRate).toBeNull();
  });

  it('should draw a thin bar for a handful of deals rather than none, and nothing for zero', () => {
    const bars = funnelBars({ won: 0, steps: [step(1, 10000, 1), step(2, 1, 0)] });

    expect(bars.map((bar) => bar.widthPct)).toEqual([100, 2, 0]);
    expect(bars[2].conversionRate).toBeNull();
  });

  it('should mark no weakest stage with a single stage, and draw nothing without stages', () => {
    expect(funnelBars({ won: 1, steps: [step(1, 2, 1)] }).some((bar) => bar.weakest)).toBe(false);
    expect(funnelBars({ won: 0, steps: [] })).toEqual([]);
    expect(funnelBars({ won: 0, steps: [step(1, 0, 0)] }).map((bar) => bar.widthPct)).toEqual([0, 0]);
  });
});
