import { judgeTeam, MIN_CLOSED_DEALS, type RepSample, shownZ } from './rep-judgement';

const rep = (
  id: string,
  dealsWon: number,
  dealsLost: number,
  wonRevenue = dealsWon * 1000,
  leads = dealsWon + dealsLost,
): RepSample => ({
  id,
  leads,
  dealsWon,
  dealsLost,
  wonRevenue,
});

const verdict = (verdicts: ReturnType<typeof judgeTeam>, id: string, kpi: string) =>
  verdicts.get(id)?.find((v) => v.kpi === kpi);

describe('judgeTeam', () => {
  it('should give a rep with no deal engaged or closed its own verdict on every KPI, not a low outlier', () => {
    const team = [rep('a', 30, 20), rep('b', 28, 22), rep('c', 31, 19), rep('d', 29, 21), rep('idle', 0, 0)];
    const verdicts = judgeTeam(team);
    expect(verdicts.get('idle')?.map((v) => [v.kpi, v.notJudged, v.outlier])).toEqual([
      ['won revenue', 'NO_ACTIVITY', null],
      ['deals won', 'NO_ACTIVITY', null],
      ['win rate', 'NO_ACTIVITY', null],
    ]);
    // The idle rep is not in the others' distribution either: nobody is an outlier among four similar reps.
    expect(
      team
        .slice(0, 4)
        .flatMap((r) => verdicts.get(r.id) ?? [])
        .filter((v) => v.outlier),
    ).toEqual([]);
  });

  it('should count a rep with leads but nothing closed as active, judged on revenue but not on win rate', () => {
    const team = [rep('a', 30, 20), rep('b', 28, 22), rep('c', 31, 19), rep('new', 0, 0, 0, 12)];
    const verdicts = judgeTeam(team);
    expect(verdict(verdicts, 'new', 'won revenue')).toMatchObject({ notJudged: null, judgedReps: 4 });
    expect(verdict(verdicts, 'new', 'win rate')).toMatchObject({
      notJudged: 'FEW_DEALS',
      value: null,
      judgedReps: 3,
    });
  });

  it('should count a rep who engaged nothing in the period but closed deals as active', () => {
    // Deals engaged earlier and closed now: one won, three lost, no lead this period.
    const team = [rep('a', 30, 20), rep('b', 28, 22), rep('c', 31, 19), rep('closer', 1, 3, 1000, 0)];
    const verdicts = judgeTeam(team);
    expect(verdict(verdicts, 'closer', 'won revenue')).toMatchObject({
      notJudged: null,
      value: 1000,
      judgedReps: 4,
    });
    expect(verdict(verdicts, 'closer', 'win rate')).toMatchObject({ notJudged: 'FEW_DEALS', value: 0.25 });
  });

  it('should not judge a win rate on fewer than the minimum closed deals, and judge it at the minimum', () => {
    const team = [
      rep('a', 30, 20),
      rep('b', 28, 22),
      rep('c', 31, 19),
      rep('d', 29, 21),
      rep('three', 3, 0),
      rep('five', MIN_CLOSED_DEALS, 0),
    ];
    const verdicts = judgeTeam(team);
    expect(verdict(verdicts, 'three', 'win rate')).toMatchObject({
      notJudged: 'FEW_DEALS',
      value: 1,
      z: null,
      outlier: null,
    });
    expect(verdict(verdicts, 'five', 'win rate')).toMatchObject({ notJudged: null, value: 1, judgedReps: 5 });
  });

  it('should find 9 won of 13 in line with a team winning 63%, and 30 of 100 a low outlier', () => {
    const team = [
      rep('a', 63, 37),
      rep('b', 126, 74),
      rep('c', 63, 37),
      rep('nine', 9, 4),
      rep('thirty', 30, 70),
    ];
    const verdicts = judgeTeam(team);
    // 9 of 13 against the rest's pooled rate (63 + 126 + 63 + 30) / 500 = 0.564: z = (9 − 7.332) / √(13 × 0.564 × 0.436) = 0.94.
    expect(verdict(verdicts, 'nine', 'win rate')?.z).toBeCloseTo(
      (9 - 13 * 0.564) / Math.sqrt(13 * 0.564 * 0.436),
      10,
    );
    expect(verdict(verdicts, 'nine', 'win rate')?.outlier).toBeNull();
    // 30 of 100 against (63 + 126 + 63 + 9) / 413 = 0.632: z = (30 − 63.2) / √(100 × 0.632 × 0.368) = −6.9.
    const pooled = 261 / 413;
    expect(verdict(verdicts, 'thirty', 'win rate')).toMatchObject({
      outlier: 'LOW',
      teamValue: pooled,
      value: 0.3,
    });
    expect(verdict(verdicts, 'thirty', 'win rate')?.z).toBeCloseTo(
      (30 - 100 * pooled) / Math.sqrt(100 * pooled * (1 - pooled)),
      10,
    );
  });

  it('should judge nothing in a team of fewer than the minimum reps with activity', () => {
    const verdicts = judgeTeam([rep('a', 90, 10, 900_000), rep('b', 1, 40, 1000)]);
    for (const id of ['a', 'b']) {
      expect(verdicts.get(id)?.map((v) => [v.notJudged, v.outlier, v.judgedReps])).toEqual([
        ['SMALL_TEAM', null, 0],
        ['SMALL_TEAM', null, 0],
        ['SMALL_TEAM', null, 0],
      ]);
    }
  });

  it('should flag a rep far above the others on revenue with the team median beside it', () => {
    const team = [
      rep('a', 10, 10, 10_000),
      rep('b', 10, 10, 11_000),
      rep('c', 10, 10, 9_000),
      rep('d', 10, 10, 10_500),
      rep('star', 40, 10, 90_000),
    ];
    const revenue = verdict(judgeTeam(team), 'star', 'won revenue');
    expect(revenue).toMatchObject({ outlier: 'HIGH', value: 90_000, teamValue: 10_500, judgedReps: 5 });
    expect(revenue?.z).toBeGreaterThan(3.5);
    expect(verdict(judgeTeam(team), 'b', 'won revenue')?.outlier).toBeNull();
  });

  it('should call a rate certain only when the rest of the team all won or all lost', () => {
    const perfect = judgeTeam([rep('a', 10, 0), rep('b', 10, 0), rep('c', 10, 0), rep('d', 10, 0)]);
    expect(verdict(perfect, 'a', 'win rate')).toMatchObject({ z: 0, outlier: null, teamValue: 1 });
    const verdicts = judgeTeam([
      rep('a', 10, 0),
      rep('b', 10, 0),
      rep('c', 10, 0),
      rep('d', 10, 0),
      rep('lower', 8, 2),
    ]);
    expect(verdict(verdicts, 'lower', 'win rate')).toMatchObject({ z: -Infinity, outlier: 'LOW' });
    // The others are compared with a pooled rate that includes 'lower' (48 of 50): in line.
    expect(verdict(verdicts, 'a', 'win rate')?.outlier).toBeNull();
  });

  it('should call a rate certain the other way when the rest of the team all lost', () => {
    const hopeless = judgeTeam([rep('a', 0, 10), rep('b', 0, 10), rep('c', 0, 10), rep('d', 0, 10)]);
    expect(verdict(hopeless, 'a', 'win rate')).toMatchObject({ z: 0, outlier: null, teamValue: 0 });
    const verdicts = judgeTeam([
      rep('a', 0, 10),
      rep('b', 0, 10),
      rep('c', 0, 10),
      rep('d', 0, 10),
      rep('higher', 2, 8),
    ]);
    expect(verdict(verdicts, 'higher', 'win rate')).toMatchObject({
      z: Infinity,
      outlier: 'HIGH',
      teamValue: 0,
    });
  });

  it('should flag a score above 3.5 only, not one of exactly 3.5', () => {
    // 15 of 16 against the rest's pooled 15 of 30 = 0.5: z = (15 − 8) / √(16 × 0.5 × 0.5) = 3.5 exactly.
    const atCut = judgeTeam([rep('a', 5, 5), rep('b', 5, 5), rep('c', 5, 5), rep('fifteen', 15, 1)]);
    expect(verdict(atCut, 'fifteen', 'win rate')).toMatchObject({ z: 3.5, outlier: null, teamValue: 0.5 });
    // 16 of 16: z = (16 − 8) / 2 = 4.
    const beyond = judgeTeam([rep('a', 5, 5), rep('b', 5, 5), rep('c', 5, 5), rep('sixteen', 16, 0)]);
    expect(verdict(beyond, 'sixteen', 'win rate')).toMatchObject({ z: 4, outlier: 'HIGH' });
  });
});

describe('shownZ', () => {
  it('should cap scores at ±10 and round them to 2 decimals', () => {
    expect(shownZ(-19.2)).toBe(-10);
    expect(shownZ(Infinity)).toBe(10);
    expect(shownZ(3.14159)).toBe(3.14);
    expect(shownZ(-3.505)).toBe(-3.5);
  });
});
