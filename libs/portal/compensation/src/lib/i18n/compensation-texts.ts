import { type AreaTexts } from '@salesops/portal/i18n';

import { compensationEn } from './en';

/** The compensation area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const compensationTexts: AreaTexts = {
  area: 'compensation',
  en: compensationEn,
  load: { ko: () => import('./ko').then((m) => m.compensationKo) },
};
