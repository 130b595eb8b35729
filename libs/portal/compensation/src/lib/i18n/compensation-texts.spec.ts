import { translationProblems } from '@salesops/portal/i18n';

import { compensationEn } from './en';
import { compensationKo } from './ko';

describe('compensation texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(compensationEn, compensationKo)).toEqual([]);
  });
});
