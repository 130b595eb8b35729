import { translationProblems } from '@salesops/portal/i18n';

import { performanceEn } from './en';
import { performanceKo } from './ko';

describe('performance texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(performanceEn, performanceKo)).toEqual([]);
  });
});
