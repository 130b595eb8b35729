import { translationProblems } from '@salesops/portal/i18n';

import { pipelineEn } from './en';
import { pipelineKo } from './ko';

describe('pipeline texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(pipelineEn, pipelineKo)).toEqual([]);
  });
});
