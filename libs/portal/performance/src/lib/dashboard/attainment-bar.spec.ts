import { attainmentBand, attainmentWidth } from './attainment-bar';

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
