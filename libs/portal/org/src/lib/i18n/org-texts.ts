import { type AreaTexts } from '@salesops/portal/i18n';

import { orgEn } from './en';

/** The org area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const orgTexts: AreaTexts = {
  area: 'org',
  en: orgEn,
  load: { ko: () => import('./ko').then((m) => m.orgKo) },
};
