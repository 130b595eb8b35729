import { type DrillDown, type TeamOption } from '@salesops/portal/data-access';
import { type TranslationKey } from '@salesops/portal/i18n';

/** One part of a drill-down filter in words: a translation key and its parameters (dates as YYYY-MM-DD). */
export interface DrillChip {
  readonly key: TranslationKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * What a drill-down filter shows, part by part, so the list says which figure's deals these are. The rep's
 * name comes from the rows (every row is theirs), a team's from the team options; stage and team choices
 * the page's own selects show are left to them.
 */
export function drillDownChips(
  filter: DrillDown,
  teams: readonly TeamOption[],
  rows: readonly { repId?: string | null; repName?: string | null }[],
  stages: readonly { id: string; name: string }[] = [],
): DrillChip[] {
  const chips: DrillChip[] = [];
  if (filter.repId) {
    const name = rows.find((row) => row.repId === filter.repId)?.repName;
    chips.push(name ? { key: 'drill.rep', params: { name } } : { key: 'drill.oneRep', params: {} });
  }
  if (filter.teamId && filter.teamMembership && filter.teamMembership !== 'CURRENT') {
    const name = teams.find((team) => team.id === filter.teamId)?.name ?? '';
    const keys = {
      ON_CLOSE_DATE: 'drill.teamOnClose',
      ON_ENGAGE_DATE: 'drill.teamOnEngage',
      BEFORE_BOOK_DAY: 'drill.teamBeforeBook',
    } as const;
    chips.push({ key: keys[filter.teamMembership], params: { name } });
  }
  if (filter.stageKind) chips.push({ key: `drill.kind.${filter.stageKind}`, params: {} });
  if (filter.closedFrom || filter.closedTo) {
    chips.push({
      key: 'drill.closed',
      params: { from: filter.closedFrom ?? '…', to: filter.closedTo ?? '…' },
    });
  }
  if (filter.engagedFrom || filter.engagedTo) {
    chips.push({
      key: 'drill.engaged',
      params: { from: filter.engagedFrom ?? '…', to: filter.engagedTo ?? '…' },
    });
  }
  if (filter.bookAt) {
    chips.push({
      key: filter.statusAt ? `drill.status.${filter.statusAt}` : 'drill.book',
      params: { date: filter.bookAt },
    });
  }
  if (filter.funnelStep) {
    const stage = stages.find((candidate) => candidate.id === filter.funnelStep?.stageId)?.name ?? '…';
    chips.push({ key: `drill.funnel.${filter.funnelStep.outcome}`, params: { stage } });
  }
  if (filter.assigned === false) chips.push({ key: 'drill.unassigned', params: {} });
  if (filter.minClosePushes) chips.push({ key: 'drill.pushed', params: { count: filter.minClosePushes } });
  return chips;
}
