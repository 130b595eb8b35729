import {
  type DealRowFragment,
  type DealsGQL,
  type DealsQuery,
  type DealsQueryVariables,
} from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

export const EXPORT_PAGE_SIZE = 100;
// A CSV bigger than this is a job for the API, not a browser tab holding every row in memory.
export const EXPORT_MAX_ROWS = 20_000;

export interface ExportedDeals {
  readonly rows: DealRowFragment[];
  /** All deals matching, which may be more than the rows when the cap was reached. */
  readonly totalCount: number;
}

/** Every deal matching the filter and sort, page by page, up to `maxRows`. */
export async function fetchAllDeals(
  gql: DealsGQL,
  variables: Pick<DealsQueryVariables, 'filter' | 'sort'>,
  onProgress: (loaded: number, total: number) => void = () => undefined,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportedDeals> {
  const rows: DealRowFragment[] = [];
  let after: string | null = null;
  let totalCount = 0;
  while (rows.length < maxRows) {
    const pageVariables: DealsQueryVariables = {
      ...variables,
      first: Math.min(EXPORT_PAGE_SIZE, maxRows - rows.length),
      after,
    };
    const result = await firstValueFrom(gql.fetch({ variables: pageVariables, fetchPolicy: 'no-cache' }));
    const page: DealsQuery['deals'] | undefined = result.data?.deals;
    if (!page) break;
    totalCount = page.totalCount;
    rows.push(...page.edges.map((edge) => edge.node));
    onProgress(rows.length, totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, totalCount };
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
  ];
}
