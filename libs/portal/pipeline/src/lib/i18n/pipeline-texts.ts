import { type AreaTexts } from '@salesops/portal/i18n';

import { pipelineEn } from './en';

/** The pipeline area's texts: English ships with the area, Korean is fetched the first time the area is shown in it. */
export const pipelineTexts: AreaTexts = {
  area: 'pipeline',
  en: pipelineEn,
  load: { ko: () => import('./ko').then((m) => m.pipelineKo) },
};
