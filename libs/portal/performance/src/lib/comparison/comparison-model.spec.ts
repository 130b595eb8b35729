import { comparisonRow, outlier, signal } from './comparison-fixtures';
import {
  FAIRNESS_EVEN_BELOW,
  FAIRNESS_UNEVEN_ABOVE,
  fairnessReading,
  funnelGeometry,
  hasSignals,
  leadsPerRep,
  outlierKpiLabel,
  parseRepIds,
  rankRows,
  summarizeComparison,
  teamLeadShares,
  teamMedians,
  toggleSelection,
} from './comparison-model';

describe('fairnessReading', () => {
  it('should read a Gini under 0.2 as even, over 0.35 as uneven and between as somewhat uneven', () => {
    expect(FAIRNESS_EVEN_BELOW).toBe(0.2);
    expect(FAIRNESS_UNEVEN_ABOVE).toBe(0.35);
    expect(fairnessReading(0)).toBe('EVEN');
    expect(fairnessReading(0.152)).toBe('EVEN');
    expect(fairnessReading(0.199)).toBe('EVEN');
    expect(fairnessReading(0.2)).toBe('SOMEWHAT');
    expect(fairnessReading(0.251)).toBe('SOMEWHAT');
    expect(fairnessReading(0.35)).toBe('SOMEWHAT');
    expect(fairnessReading(0.351)).toBe('UNEVEN');
    expect(fairnessReading(0.9)).toBe('UNEVEN');
  });

  it('should have no reading when nothing was shared out', () => {
    expect(fairnessReading(null)).toBeNull();
    expect(fairnessReading(undefined)).toBeNull();
    expect(fairnessReading(Number.NaN)).toBeNull();
  });
});

describe('teamLeadShares and leadsPerRep', () => {
  it('should list one team’s reps by leads, most first, with bars against the busiest rep', () => {
    const rows = [
      comparisonRow({ id: 'a', name: 'Ann', leads: 50 }),
      comparisonRow({ id: 'b', name: 'Bo', leads: 100 }),
      comparisonRow({ id: 'c', name: 'Cy', leads: 0 }),
      comparisonRow({ id: 'x', name: 'Other', team: 'West', leads: 500 }),
    ];

    expect(teamLeadShares(rows, 'team:East')).toEqual([
      { repId: 'b', repName: 'Bo', leads: 100, widthPct: 100 },
      { repId: 'a', repName: 'Ann', leads: 50, widthPct: 50 },
      { repId: 'c', repName: 'Cy', leads: 0, widthPct: 0 },
    ]);
  });

  it('should give empty bars rather than dividing by zero when no rep had a lead', () => {
    const rows = [comparisonRow({ id: 'a', leads: 0 })];
    expect(teamLeadShares(rows, 'team:East')[0].widthPct).toBe(0);
  });

  it('should average leads per rep to one decimal and have none for a team without reps', () => {
    expect(leadsPerRep({ leads: 287, reps: 6 })).toBe(47.8);
    expect(leadsPerRep({ leads: 0, reps: 0 })).toBeNull();
  });
});

describe('teamMedians', () => {
  it('should take each team’s median rates from the counts, skipping reps without leads or closed deals', () => {
    const rows = [
      comparisonRow({ id: 'a', leads: 10, funnel: { leads: 10, qualified: 5, won: 1, lost: 3 } }),
      comparisonRow({ id: 'b', leads: 20, funnel: { leads: 10, qualified: 9, won: 3, lost: 1 } }),
      comparisonRow({ id: 'c', leads: 40, funnel: { leads: 10, qualified: 7, won: 2, lost: 2 } }),
      comparisonRow({ id: 'd', leads: 0, funnel: { leads: 0, qualified: 0, won: 0, lost: 0 } }),
      comparisonRow({ id: 'w', team: 'West', leads: 3, funnel: { leads: 4, qualified: 1, won: 0, lost: 1 } }),
    ];

    const medians = teamMedians(rows);

    expect(medians.get('team:East')).toEqual({ qualificationRate: 0.7, closeRate: 0.5, leads: 15 });
    expect(medians.get('team:West')).toEqual({ qualificationRate: 0.25, closeRate: 0, leads: 3 });
  });

  it('should keep two teams of the same name apart (names are unique among siblings only)', () => {
    const rows = [
      comparisonRow({ id: 'a', leads: 10, funnel: { leads: 10, qualified: 5, won: 1, lost: 3 } }),
      comparisonRow({
        id: 'b',
        teamId: 'east-2',
        leads: 30,
        funnel: { leads: 10, qualified: 9, won: 3, lost: 1 },
      }),
    ];

    const medians = teamMedians(rows);

    expect(medians.get('team:East')).toEqual({ qualificationRate: 0.5, closeRate: 0.25, leads: 10 });
    expect(medians.get('east-2')).toEqual({ qualificationRate: 0.9, closeRate: 0.75, leads: 30 });
    expect(teamLeadShares(rows, 'east-2').map((share) => share.repId)).toEqual(['b']);
  });

  it('should have no median rate for a team where nobody has a lead', () => {
    const rows = [comparisonRow({ id: 'a', leads: 0, funnel: { leads: 0, qualified: 0, won: 0, lost: 0 } })];
    expect(teamMedians(rows).get('team:East')).toEqual({
      qualificationRate: null,
      closeRate: null,
      leads: 0,
    });
  });
});

describe('funnelGeometry', () => {
  it('should scale the bars to the rep’s leads and mark where the team median rates would end them', () => {
    // Darcel Schlecht, FY2017-Q3: 588 leads, 477 qualified, 255 won, 139 lost.
    const bars = funnelGeometry(
      {
        leads: 588,
        qualified: 477,
        won: 255,
        lost: 139,
        qualificationRate: 0.8112,
        closeRate: 0.6472,
        stuckDeals: 0,
        stuckEngagedOnOrBefore: null,
        pushedDeals: 0,
        weakestStep: null,
        weakestStepReason: null,
        teamQualificationRate: null,
        teamCloseRate: null,
      },
      { qualificationRate: 0.81, closeRate: 0.65 },
    );

    expect(bars.map((bar) => bar.step)).toEqual(['LEADS', 'QUALIFIED', 'WON']);
    expect(bars[0]).toMatchObject({ count: 588, widthPct: 100, markerPct: null, rate: null });
    expect(bars[1]).toMatchObject({ count: 477, widthPct: 81.1, markerPct: 81, teamRate: 0.81 });
    expect(bars[1].rate).toBeCloseTo(0.8112, 4);
    // Won at the team's close rate: 0.65 * 394 closed = 256.1 of 588 leads.
    expect(bars[2]).toMatchObject({ count: 255, widthPct: 43.4, markerPct: 43.6, teamRate: 0.65 });
    expect(bars.some((bar) => bar.weakest)).toBe(false);
  });

  it('should flag the bar of the API’s weakest step', () => {
    const funnel = {
      leads: 10,
      qualified: 5,
      won: 2,
      lost: 2,
      qualificationRate: 0.5,
      closeRate: 0.5,
      stuckDeals: 0,
      stuckEngagedOnOrBefore: null,
      pushedDeals: 0,
      weakestStep: 'QUALIFYING',
      weakestStepReason: 'Qualifies 50% of leads against a team median of 80%',
      teamQualificationRate: null,
      teamCloseRate: null,
    };
    expect(funnelGeometry(funnel, undefined).map((bar) => bar.weakest)).toEqual([false, true, false]);
    expect(
      funnelGeometry({ ...funnel, weakestStep: 'CLOSING' }, undefined).map((bar) => bar.weakest),
    ).toEqual([false, false, true]);
  });

  it('should draw empty bars without markers for a rep without leads, and no markers without medians', () => {
    const empty = funnelGeometry(
      {
        leads: 0,
        qualified: 0,
        won: 0,
        lost: 0,
        qualificationRate: null,
        closeRate: null,
        stuckDeals: 0,
        stuckEngagedOnOrBefore: null,
        pushedDeals: 0,
        weakestStep: null,
        weakestStepReason: null,
        teamQualificationRate: null,
        teamCloseRate: null,
      },
      { qualificationRate: 0.8, closeRate: 0.6 },
    );
    expect(empty.map((bar) => [bar.widthPct, bar.markerPct, bar.rate])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);

    const noTeam = funnelGeometry(comparisonRow({ id: 'a' }).funnel, undefined);
    expect(noTeam.map((bar) => bar.markerPct)).toEqual([null, null, null]);
  });

  it('should keep a marker inside the track when the team rate would overshoot the leads', () => {
    const bars = funnelGeometry(
      {
        leads: 10,
        qualified: 10,
        won: 1,
        lost: 9,
        qualificationRate: 1,
        closeRate: 0.1,
        stuckDeals: 0,
        stuckEngagedOnOrBefore: null,
        pushedDeals: 0,
        weakestStep: null,
        weakestStepReason: null,
        teamQualificationRate: null,
        teamCloseRate: null,
      },
      { qualificationRate: 1.2, closeRate: 1.5 },
    );
    expect(bars[1].markerPct).toBe(100);
    expect(bars[2].markerPct).toBe(100);
  });
});

describe('rankRows', () => {
  const rows = [
    comparisonRow({ id: 'a', name: 'Ann', won: '100.00', winRate: 0.5, funnel: { stuckDeals: 3 } }),
    // More than 2^53 minor units: a float comparison would call these two equal.
    comparisonRow({
      id: 'b',
      name: 'Bo',
      won: '90071992547409.93',
      winRate: null,
      funnel: { stuckDeals: 0 },
    }),
    comparisonRow({ id: 'c', name: 'Cy', won: '90071992547409.92', winRate: 0.5, funnel: { stuckDeals: 1 } }),
  ];
  const order = (ranked: ReturnType<typeof rankRows>) =>
    ranked.map((item) => [item.row.performance.repId, item.rank]);

  it('should rank money exactly, best first', () => {
    expect(order(rankRows(rows, 'WON_REVENUE'))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('should share a rank on ties, keep reps without a value last and unranked, and flip for worst first', () => {
    expect(order(rankRows(rows, 'WIN_RATE'))).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', null],
    ]);
    expect(order(rankRows(rows, 'WIN_RATE', true))).toEqual([
      ['c', 1],
      ['a', 1],
      ['b', null],
    ]);
  });

  it('should rank fewer stuck deals as better', () => {
    expect(order(rankRows(rows, 'STUCK_DEALS'))).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
    expect(order(rankRows(rows, 'STUCK_DEALS', true))).toEqual([
      ['a', 3],
      ['c', 2],
      ['b', 1],
    ]);
  });

  it('should rank by leads, qualification and close rate, and leave attainment unranked without goals', () => {
    const ranked = rankRows(
      [
        comparisonRow({ id: 'a', leads: 5, funnel: { qualificationRate: 0.5, closeRate: 0.9 } }),
        comparisonRow({ id: 'b', leads: 9, funnel: { qualificationRate: 0.7, closeRate: 0.1 } }),
      ],
      'LEADS',
    );
    expect(order(ranked)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(
      order(
        rankRows(
          ranked.map((r) => r.row),
          'QUALIFICATION_RATE',
        ),
      )[0][0],
    ).toBe('b');
    expect(
      order(
        rankRows(
          ranked.map((r) => r.row),
          'CLOSE_RATE',
        ),
      )[0][0],
    ).toBe('a');
    expect(
      order(
        rankRows(
          ranked.map((r) => r.row),
          'ATTAINMENT',
        ),
      ),
    ).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});

describe('outliers, flags and selection', () => {
  it('should name the KPIs the API measures outliers on and nothing else', () => {
    expect(outlierKpiLabel('won revenue')).toBe('kpi.WON_REVENUE');
    expect(outlierKpiLabel('Deals won')).toBe('kpi.DEALS_WON');
    expect(outlierKpiLabel('win rate')).toBe('kpi.WIN_RATE');
    expect(outlierKpiLabel('cycle time')).toBeNull();
  });

  it('should count reps with outliers by direction (not badges), flagged reps and stuck deals', () => {
    const rows = [
      comparisonRow({
        id: 'a',
        outliers: [outlier('won revenue', 'HIGH', 5), outlier('deals won', 'HIGH', 4)],
      }),
      comparisonRow({
        id: 'b',
        outliers: [outlier('win rate', 'LOW', -4)],
        flags: ['Many leads but few qualified'],
        signals: [signal('MANY_LEADS_FEW_QUALIFIED')],
        funnel: { stuckDeals: 2 },
      }),
      comparisonRow({ id: 'c', funnel: { stuckDeals: 1 } }),
      comparisonRow({ id: 'd' }),
      comparisonRow({ id: 'e', outliers: [outlier('deals won', 'HIGH', 4), outlier('win rate', 'LOW', -5)] }),
    ];

    // a: two high badges, one rep; e: high on one KPI and low on another, counted in both.
    expect(summarizeComparison(rows)).toEqual({ reps: 5, high: 2, low: 2, flagged: 1, stuckDeals: 3 });
    expect(rows.map(hasSignals)).toEqual([true, true, true, false, true]);
  });

  it('should toggle picks in order and refuse a fifth', () => {
    expect(toggleSelection([], 'a')).toEqual(['a']);
    expect(toggleSelection(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleSelection(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleSelection(['a', 'b', 'c', 'd'], 'b')).toEqual(['a', 'c', 'd']);
  });

  it('should read rep ids from the query string without blanks, repeats or more than four', () => {
    expect(parseRepIds(null)).toEqual([]);
    expect(parseRepIds('')).toEqual([]);
    expect(parseRepIds(' a, b,,a ,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
  });
});
