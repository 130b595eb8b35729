import { type ToolRowFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

import { categoryKey, statusKey } from './tool-model';

/**
 * The inventory as a spreadsheet: exact decimal amounts, plain numbers and ISO dates, so a
 * spreadsheet can compute with them; labels in the user's language.
 */
export function toolsCsvColumns(i18n: I18nService): CsvColumn<ToolRowFragment>[] {
  return [
    { header: i18n.t('tools.name'), value: (tool) => tool.name },
    { header: i18n.t('tools.vendor'), value: (tool) => tool.vendor },
    { header: i18n.t('tools.category'), value: (tool) => i18n.t(categoryKey(tool.category)) },
    { header: i18n.t('tools.owner'), value: (tool) => tool.ownerName },
    { header: i18n.t('tools.status'), value: (tool) => i18n.t(statusKey(tool.status)) },
    { header: i18n.t('tools.seatsBought'), value: (tool) => tool.seatsBought },
    { header: i18n.t('tools.seatsUsed'), value: (tool) => tool.seatsUsed },
    { header: i18n.t('tools.utilisation'), value: (tool) => tool.utilisation },
    { header: i18n.t('tools.costPerSeat'), value: (tool) => tool.costPerSeat.amount },
    { header: i18n.t('tools.monthlyCost'), value: (tool) => tool.monthlyCost.amount },
    { header: i18n.t('tools.costPerUsedSeat'), value: (tool) => tool.costPerUsedSeat?.amount },
    { header: i18n.t('tools.currency'), value: (tool) => tool.costPerSeat.currency },
    { header: i18n.t('tools.renewalDate'), value: (tool) => tool.renewalDate },
    { header: i18n.t('tools.daysToRenewal'), value: (tool) => tool.daysToRenewal },
    { header: i18n.t('tools.notes'), value: (tool) => tool.notes },
    { header: i18n.t('tools.links'), value: (tool) => tool.links.join(' ') },
  ];
}
