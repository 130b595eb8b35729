import { translationProblems } from '@salesops/portal/i18n';

import { forecastingEn } from './en';
import { forecastingKo } from './ko';

describe('forecasting texts', () => {
  it('should translate every English text of the area into Korean with the same placeholders', () => {
    expect(translationProblems(forecastingEn, forecastingKo)).toEqual([]);
  });
});
