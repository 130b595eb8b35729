import { type DealRowFragment, type DealsGQL, type DealsQueryVariables } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn, fetchAllPages, type FetchedPages } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

// A CSV bigger than this is a job for the API, not a browser tab holding every row in memory.
export const EXPORT_MAX_ROWS = 20_000;

export type ExportedDeals = FetchedPages<DealRowFragment>;

/** Every deal matching the filter and sort, page by page, up to `maxRows`. */
export function fetchAllDeals(
  gql: DealsGQL,
  variables: Pick<DealsQueryVariables, 'filter' | 'sort'>,
  onProgress: (loaded: number, total: number) => void = () => undefined,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportedDeals> {
  return fetchAllPages(
    async (first, after) =>
      (
        await firstValueFrom(
          gql.fetch({ variables: { ...variables, first, after }, fetchPolicy: 'no-cache' }),
        )
      ).data?.deals,
    maxRows,
    onProgress,
  );
}

/** Export columns: ISO dates and exact decimal amounts, so spreadsheets read them as data. */
export function dealCsvColumns(i18n: I18nService): CsvColumn<DealRowFragment>[] {
  return [
    { header: i18n.t('deals.externalId'), value: (deal) => deal.externalId },
    { header: i18n.t('deals.rep'), value: (deal) => deal.repName },
    { header: i18n.t('deals.account'), value: (deal) => deal.accountName },
    { header: i18n.t('deals.product'), value: (deal) => deal.productName },
    { header: i18n.t('deals.stage'), value: (deal) => deal.stageName },
    { header: i18n.t('deals.amount'), value: (deal) => deal.amount?.amount },
    { header: i18n.t('imports.currency'), value: (deal) => deal.amount?.currency },
    { header: i18n.t('deals.engageDate'), value: (deal) => deal.engageDate },
    { header: i18n.t('imports.field.expectedCloseDate'), value: (deal) => deal.expectedCloseDate },
    { header: i18n.t('deals.closeDate'), value: (deal) => deal.closeDate },
    { header: i18n.t('deals.warnings'), value: (deal) => deal.warnings.join(' ') },
  ];
}
