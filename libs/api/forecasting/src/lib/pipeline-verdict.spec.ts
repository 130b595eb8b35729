import { pipelineVerdict } from './forecast.service';
import { type SnapshotRow } from './forecast-snapshot.queries';

const row = (period: string, method: string, point: number): SnapshotRow => ({
  id: `${period}-${method}`,
  batch_id: period,
  period_key: period,
  period_start: '2017-01-01',
  period_end: '2017-04-01',
  metric: 'WON_REVENUE' as SnapshotRow['metric'],
  as_of: '2017-01-01',
  method,
  recommended: false,
  point: String(point),
  p10: null,
  p50: null,
  p90: null,
  saved_by_name: null,
  saved_at: new Date(0),
});

/** Three quarters won 100 each; NAIVE said 70, HOLT 80, the pipeline methods as given. */
function record(
  stageWeighted: number,
  simulation: number,
  periods = ['FY2017-Q1', 'FY2017-Q2', 'FY2017-Q3'],
) {
  return {
    rows: periods.flatMap((p) => [
      row(p, 'NAIVE', 70),
      row(p, 'HOLT', 80),
      row(p, 'STAGE_WEIGHTED', stageWeighted),
      row(p, 'PIPELINE_SIMULATION', simulation),
    ]),
    actuals: new Map(periods.map((p) => [p, 100])),
  };
}

describe('pipelineVerdict', () => {
  it('should recommend the pipeline method that beat the best time-series method and NAIVE on 3 shared periods', () => {
    const verdict = pipelineVerdict(record(110, 95), 'HOLT');
    expect(verdict.recommended).toBe('PIPELINE_SIMULATION');
    // |100−95| / 100 = 5%, against HOLT 20% and NAIVE 30%.
    expect(verdict.statement).toBe(
      'On 3 period-start forecasts frozen and scored, PIPELINE_SIMULATION was off by 5.0% (WAPE) against 20.0% for HOLT and 30.0% for NAIVE, so it is recommended.',
    );
  });

  it('should not recommend a pipeline method that is only as good as the time series, and say so', () => {
    const verdict = pipelineVerdict(record(120, 80), 'HOLT');
    expect(verdict.recommended).toBeNull();
    expect(verdict.statement).toContain('off by 20.0% (WAPE) against 20.0% for HOLT and 30.0% for NAIVE.');
  });

  it('should rank nothing with fewer than 3 scored periods in common', () => {
    const short = pipelineVerdict(record(100, 100, ['FY2017-Q1', 'FY2017-Q2']), 'HOLT');
    expect(short.recommended).toBeNull();
    expect(short.statement).toMatch(/ranked once 3/);
    // A period not yet scored (no actual) does not count.
    const unscored = record(100, 100);
    unscored.actuals.delete('FY2017-Q3');
    expect(pipelineVerdict(unscored, 'HOLT').recommended).toBeNull();
  });

  it('should compare with NAIVE alone when no time-series method is ranked', () => {
    expect(pipelineVerdict(record(90, 60), null).recommended).toBe('STAGE_WEIGHTED');
  });
});
