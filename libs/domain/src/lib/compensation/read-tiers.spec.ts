import { readTiers } from './read-tiers';
import { RuleReader } from './rule-reader';

function read(tiers: unknown) {
  const reader = new RuleReader();
  const result = readTiers(reader, tiers, 'tiers');
  return { result, problems: reader.problems.map((problem) => `${problem.field}: ${problem.message}`) };
}

describe('readTiers', () => {
  it('should return the tiers when they ascend and only the last is open', () => {
    const tiers = [
      { upTo: '0.8', rate: '0.5' },
      { upTo: '1.0', rate: '1' },
      { upTo: null, rate: '2' },
    ];
    expect(read(tiers)).toEqual({ result: tiers, problems: [] });
  });

  it('should report every tier at fault when several are', () => {
    const { result, problems } = read([
      { upTo: '1.0', rate: '1' },
      { upTo: '1.0', rate: '2' }, // does not ascend
      { upTo: null, rate: '1' }, // open but not last
      { upTo: '0.9', rate: '-0.5' }, // last but closed, and a negative rate
    ]);
    expect(result).toBeNull();
    expect(problems).toEqual([
      'tiers.1.upTo: must be above 1.0, where the previous tier ends',
      'tiers.2.upTo: must be set: only the last tier is open-ended',
      'tiers.3.rate: must not be negative',
      'tiers.3.upTo: must be null: the last tier is open-ended',
    ]);
  });

  it('should refuse a first tier ending at 0 when it would be empty', () => {
    expect(
      read([
        { upTo: '0', rate: '1' },
        { upTo: null, rate: '1' },
      ]).problems,
    ).toEqual(['tiers.0.upTo: must be above 0 and at most 10']);
  });

  it('should refuse no tiers and more than 10 tiers', () => {
    expect(read([]).problems).toEqual(['tiers: must hold 1 to 10 items']);
    const eleven = Array.from({ length: 11 }, (_, index) => ({
      upTo: index === 10 ? null : `0.${index + 1}`,
      rate: '1',
    }));
    expect(read(eleven).problems).toEqual(['tiers: must hold 1 to 10 items']);
  });

  it('should report unknown fields in a tier when it has them', () => {
    expect(read([{ upTo: null, rate: '1', from: '0' }]).problems).toEqual([
      'tiers.0.from: is not a known field (upTo, rate)',
    ]);
  });
});
