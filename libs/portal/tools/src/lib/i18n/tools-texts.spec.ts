import { translationProblems } from '@salesops/portal/i18n';

import { toolsEn } from './en';
import { toolsKo } from './ko';

describe('tools texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(toolsEn, toolsKo)).toEqual([]);
  });
});
