import {
  type SurveyAdminQuestionResultFragment,
  type SurveyAdminRowFragment,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { kindKey, statusKey } from './survey-format';

/** The survey list: plain values a spreadsheet can sort and count. */
export function surveyListCsvColumns(i18n: I18nService): CsvColumn<SurveyAdminRowFragment>[] {
  return [
    { header: i18n.t('survey.col.title'), value: (row) => row.title },
    { header: i18n.t('survey.col.wave'), value: (row) => row.wave },
    { header: i18n.t('survey.col.status'), value: (row) => i18n.t(statusKey(row.status)) },
    { header: i18n.t('survey.col.tools'), value: (row) => row.tools.map((tool) => tool.name).join('; ') },
    { header: i18n.t('survey.col.opensAt'), value: (row) => row.opensAt },
    { header: i18n.t('survey.col.closesAt'), value: (row) => row.closesAt },
    { header: i18n.t('survey.col.responses'), value: (row) => row.responses },
    {
      header: i18n.t('survey.col.anonymous'),
      value: (row) => (row.anonymous ? i18n.t('survey.yes') : i18n.t('survey.no')),
    },
  ];
}

/**
 * Per question results, one row each: counts and scores as plain numbers (CSAT as a share 0..1,
 * NPS -100..100), the distribution as `label: count` pairs and the number of text answers.
 */
export function resultsCsvColumns(
  i18n: I18nService,
  toolName: (toolId: string | null) => string,
): CsvColumn<SurveyAdminQuestionResultFragment>[] {
  return [
    { header: '#', value: (q) => q.position },
    { header: i18n.t('survey.csv.question'), value: (q) => q.prompt },
    { header: i18n.t('survey.csv.kind'), value: (q) => i18n.t(kindKey(q.kind)) },
    { header: i18n.t('survey.csv.tool'), value: (q) => toolName(q.toolId) },
    { header: i18n.t('survey.csv.answered'), value: (q) => q.answered },
    { header: i18n.t('survey.csv.mean'), value: (q) => q.mean },
    { header: i18n.t('survey.csv.csat'), value: (q) => q.csat },
    { header: i18n.t('survey.csv.nps'), value: (q) => q.nps?.score },
    { header: i18n.t('survey.nps.promoters'), value: (q) => q.nps?.promoters },
    { header: i18n.t('survey.nps.passives'), value: (q) => q.nps?.passives },
    { header: i18n.t('survey.nps.detractors'), value: (q) => q.nps?.detractors },
    {
      header: i18n.t('survey.csv.distribution'),
      value: (q) => q.distribution.map((b) => `${b.label}: ${b.count}`).join('; '),
    },
    { header: i18n.t('survey.csv.texts'), value: (q) => (q.kind === 'TEXT' ? q.texts.length : null) },
  ];
}
