import { HOLT, methodRow, NAIVE, STAGE } from './forecast-fixtures';
import { forecastReading, orderedMethods } from './forecast-reading';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const name = (method: string) => method.toLowerCase();
const read = (methods: Parameters<typeof forecastReading>[0]) =>
  forecastReading(methods, 'West', percent, name);

describe('forecastReading', () => {
  it('should name the most accurate method and how far it beat naive when it beats naive', () => {
    expect(read([HOLT, NAIVE])).toEqual([
      {
        key: 'forecast.reading.best',
        params: { subject: 'West', method: 'holt', wape: '11%', naive: '20%', gain: '9%' },
      },
    ]);
  });

  it('should say plainly that nothing beats the naive baseline when naive is the recommended method', () => {
    const naiveFirst = { ...NAIVE, recommended: true, origins: 7 };
    expect(read([naiveFirst, { ...HOLT, recommended: false, beatsNaive: false }])).toEqual([
      { key: 'forecast.reading.noneBeatsNaive', params: { subject: 'West', method: 'naive', wape: '20%' } },
    ]);
  });

  it('should add that the ranking is a weak signal when it rests on few past forecasts', () => {
    const parts = read([{ ...HOLT, origins: 2 }, NAIVE]);
    expect(parts.map((p) => p.key)).toEqual(['forecast.reading.best', 'forecast.reading.few']);
    expect(parts[1].params).toEqual({ count: 2 });
  });

  it('should say the best could not be compared when naive was not scored', () => {
    const parts = read([{ ...HOLT, beatsNaive: null }, methodRow({ method: 'NAIVE' })]);
    expect(parts[0]).toEqual({
      key: 'forecast.reading.bestUncompared',
      params: { subject: 'West', method: 'holt', wape: '11%' },
    });
  });

  it('should say there is too little history when no method could be backtested', () => {
    expect(read([STAGE, methodRow({ method: 'NAIVE' })])).toEqual([
      { key: 'forecast.reading.none', params: { subject: 'West' } },
    ]);
  });
});

describe('orderedMethods', () => {
  it('should put the recommended method first and those without a point last', () => {
    const empty = methodRow({ method: 'HOLT_WINTERS', point: null });
    expect(orderedMethods([NAIVE, empty, STAGE, HOLT]).map((m) => m.method)).toEqual([
      'HOLT',
      'NAIVE',
      'STAGE_WEIGHTED',
      'HOLT_WINTERS',
    ]);
  });
});
