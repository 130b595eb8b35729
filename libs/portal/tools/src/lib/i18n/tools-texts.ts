import { type AreaTexts } from '@salesops/portal/i18n';

import { toolsEn } from './en';

/** The tools area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const toolsTexts: AreaTexts = {
  area: 'tools',
  en: toolsEn,
  load: { ko: () => import('./ko').then((m) => m.toolsKo) },
};
