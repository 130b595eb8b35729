import { type AreaTexts } from '@salesops/portal/i18n';

import { forecastingEn } from './en';

/** The forecasting area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const forecastingTexts: AreaTexts = {
  area: 'forecasting',
  en: forecastingEn,
  load: { ko: () => import('./ko').then((m) => m.forecastingKo) },
};
