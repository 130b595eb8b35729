import { COMPACT_BOX, DEFAULT_BOX, fanChartGeometry, monthRange, niceCeiling } from './fan-chart';
import { chartMonths } from './forecast-chart';
import { forecastResult, HOLT, methodRow } from './forecast-fixtures';

const BOX = { width: 120, height: 110, left: 10, right: 10, top: 0, bottom: 10 };

describe('fanChartGeometry', () => {
  it('should place months evenly and values from 0 to a round maximum', () => {
    const geometry = fanChartGeometry(
      [
        { month: '2017-10', actual: 50 },
        { month: '2017-11', actual: 100 },
      ],
      BOX,
    );
    expect(geometry.viewBox).toBe('0 0 120 110');
    // 100 is the top: y 0; 50 half way down the 100-unit plot.
    expect(geometry.history).toBe('M10,50 L110,0');
    expect(geometry.yTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(geometry.baseline).toBe(100);
    expect(geometry.band).toBe('');
    expect(geometry.splitX).toBeNull();
  });

  it('should open the band from the last actual and close it back along P10', () => {
    const geometry = fanChartGeometry(
      [
        { month: 'a', actual: 100 },
        { month: 'b', p10: 50, p50: 100, p90: 200, point: 110 },
        { month: 'c', p10: 50, p50: 100, p90: 200, point: 110 },
      ],
      BOX,
    );
    expect(geometry.band).toBe('10,50 60,0 110,0 110,75 60,75');
    expect(geometry.p50).toBe('M10,50 L60,50 L110,50');
    expect(geometry.point).toBe('M10,50 L60,45 L110,45');
    expect(geometry.splitX).toBe(35);
  });

  it('should label fewer months on a narrow chart so the labels do not collide', () => {
    const months = Array.from({ length: 13 }, (_, i) => ({ month: `m${i}`, actual: i }));
    expect(fanChartGeometry(months, DEFAULT_BOX).xTicks).toHaveLength(7);
    expect(fanChartGeometry(months, COMPACT_BOX).xTicks.map((t) => t.label)).toEqual(['m0', 'm5', 'm10']);
    expect(fanChartGeometry(months, COMPACT_BOX).plot).toEqual({
      left: 52,
      right: 348,
      top: 10,
      bottom: 194,
    });
  });

  it('should draw nothing above the baseline when every value is 0', () => {
    const geometry = fanChartGeometry([{ month: 'a', actual: 0 }], BOX);
    expect(geometry.history).toBe('M60,100');
    expect(geometry.yTicks.every((t) => t.value === 0)).toBe(true);
  });
});

describe('chart helpers', () => {
  it('should list every month of a range across a year end', () => {
    expect(monthRange('2017-11', '2018-02')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
    expect(monthRange('2018-02', '2018-01')).toEqual([]);
  });

  it('should round axis maxima up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(0);
    expect(niceCeiling(87)).toBe(100);
    expect(niceCeiling(1_338_500)).toBe(2_000_000);
    expect(niceCeiling(230)).toBe(250);
  });

  it('should spread what is still to be won evenly over the forecast months of the period', () => {
    const months = chartMonths(forecastResult({ wonToDate: '30000.00' }), HOLT);
    expect(months.map((m) => m.month)).toEqual([
      '2017-10',
      '2017-11',
      '2017-12',
      '2018-01',
      '2018-02',
      '2018-03',
    ]);
    expect(months[2]).toEqual({ month: '2017-12', actual: 120000 });
    expect(months[3]).toEqual({ month: '2018-01', p10: 80000, p50: 100000, p90: 120000, point: 100000 });
  });

  it('should leave a gap of empty months before a period that starts later', () => {
    const months = chartMonths(
      forecastResult({ period: 'FY2018-Q2', periodStart: '2018-04-01', periodEnd: '2018-07-01' }),
      methodRow({ method: 'NAIVE', point: '300000' }),
    );
    expect(months.map((m) => m.month).slice(3, 6)).toEqual(['2018-01', '2018-02', '2018-03']);
    expect(months[3]).toEqual({ month: '2018-01', actual: null });
    expect(months[6]).toEqual({ month: '2018-04', p10: null, p50: null, p90: null, point: 100000 });
  });
});
