import { type AreaTexts } from '@salesops/portal/i18n';

import { performanceEn } from './en';

/** The performance area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const performanceTexts: AreaTexts = {
  area: 'performance',
  en: performanceEn,
  load: { ko: () => import('./ko').then((m) => m.performanceKo) },
};
