import { type DrillDown, lastDayOf } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

import { type ComparisonRow } from './comparison-model';

export interface RepDealLink {
  readonly key: TranslationKey;
  readonly count: number;
  readonly filter: DrillDown;
  readonly warn: boolean;
}

/**
 * The deals behind each count of a rep's comparison row, as deals-list filters that give the same count:
 * the funnel's book at the period's end (all, won, lost and still open then), the leads engaged in the
 * period, the stuck deals (open then and engaged on or before the cut-off the API gives) and the deals
 * whose expected close date was pushed out repeatedly.
 */
export function repDealLinks(row: ComparisonRow, period: { start: string; end: string }): RepDealLink[] {
  const repId = row.performance.repId;
  const f = row.funnel;
  const book: DrillDown = { repId, bookAt: period.end };
  const links: RepDealLink[] = [
    { key: 'cmp.deals.book', count: f.leads, filter: book, warn: false },
    { key: 'cmp.deals.won', count: f.won, filter: { ...book, statusAt: 'WON' }, warn: false },
    { key: 'cmp.deals.lost', count: f.lost, filter: { ...book, statusAt: 'LOST' }, warn: false },
    {
      key: 'cmp.deals.openThen',
      count: f.leads - f.won - f.lost,
      filter: { ...book, statusAt: 'OPEN' },
      warn: false,
    },
    {
      key: 'cmp.deals.engaged',
      count: row.leads,
      filter: { repId, engagedFrom: period.start, engagedTo: lastDayOf(period.end) },
      warn: false,
    },
  ];
  if (f.stuckDeals > 0 && f.stuckEngagedOnOrBefore) {
    links.push({
      key: 'cmp.deals.stuck',
      count: f.stuckDeals,
      filter: { ...book, statusAt: 'OPEN', engagedTo: f.stuckEngagedOnOrBefore },
      warn: true,
    });
  }
  if (f.pushedDeals > 0) {
    // The API's threshold comes with its signal; 2 is what it has always been (REPEATED_PUSHES).
    const pushes = row.signals.find((signal) => signal.kind === 'PUSHED_DEALS')?.threshold ?? 2;
    links.push({
      key: 'cmp.deals.pushed',
      count: f.pushedDeals,
      filter: { repId, minClosePushes: pushes },
      warn: true,
    });
  }
  return links;
}
