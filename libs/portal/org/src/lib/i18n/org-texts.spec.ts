import { translationProblems } from '@salesops/portal/i18n';

import { orgEn } from './en';
import { orgKo } from './ko';

describe('org texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(orgEn, orgKo)).toEqual([]);
  });
});
