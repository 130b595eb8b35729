import { emailFromName } from './person-name';

describe('emailFromName', () => {
  it('should join first and last name with a dot when the name has two parts', () => {
    expect(emailFromName('Darcel Schlecht', 'salesops.demo')).toBe('darcel.schlecht@salesops.demo');
  });

  it('should keep hyphens and drop accents when the name has them', () => {
    expect(emailFromName('Mei-Mei Johns', 'x.test')).toBe('mei-mei.johns@x.test');
    expect(emailFromName("  Zoë  O'Brien ", 'x.test')).toBe('zoe.o.brien@x.test');
  });
});
