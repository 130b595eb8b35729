import { parseAmountToMinor, type PlanRules, type Statement, whatIf } from '@salesops/domain';
import { type PayoutLineFieldsFragment } from '@salesops/portal/data-access';

type Line = Pick<PayoutLineFieldsFragment, 'kind' | 'metric' | 'scope' | 'actual' | 'target'>;

/** Open deals the rep picked: their value in minor units and how many. */
export interface PickedDeals {
  readonly amountMinor: bigint;
  readonly count: number;
}

export interface DealsPayout {
  /** The plan's pay for a full period at today's attainments. */
  readonly now: Statement;
  /** The same, with the picked deals won. */
  readonly after: Statement;
  /** Today's and the new attainments, as the engine takes them ("1.0123"). */
  readonly rep: { readonly now: string; readonly after: string };
  readonly team: { readonly now: string; readonly after: string };
}

const SCALE = 1_000_000n;

/**
 * "What do I earn if I close these open deals": the rep's own and team results of today's live statement,
 * with the picked deals added (their value to won revenue, their number to deals won; new pipeline does not
 * change) and run through the statements' engine for a full period, next to the same at today's results.
 * Each attainment is the line's actual over its target, to 6 decimals (cut, not rounded). Null when the
 * statement has no own measure with a goal to read today's attainment from.
 */
export function payoutWithDeals(
  rules: PlanRules,
  lines: readonly Line[],
  picked: PickedDeals,
): DealsPayout | null {
  const own = lines.find((line) => line.kind === 'MEASURE' && line.scope === 'REP' && line.target !== null);
  if (!own) return null;
  const team = lines.find(
    (line) =>
      (line.kind === 'MEASURE' || line.kind === 'TEAM_BONUS') &&
      line.scope === 'TEAM' &&
      line.target !== null,
  );
  const rep = attainments(own, picked);
  const teamPair = team ? attainments(team, picked) : { now: '0', after: '0' };
  if (!rep || !teamPair) return null;
  return {
    now: whatIf(rules, { repAttainment: rep.now, teamAttainment: teamPair.now }),
    after: whatIf(rules, { repAttainment: rep.after, teamAttainment: teamPair.after }),
    rep,
    team: teamPair,
  };
}

function attainments(line: Line, picked: PickedDeals): { now: string; after: string } | null {
  const money = line.metric !== 'DEALS_WON';
  const read = (text: string | null) =>
    text === null ? null : money ? parseAmountToMinor(text) : BigInt(text);
  const actual = read(line.actual);
  const target = read(line.target);
  if (actual === null || target === null || target <= 0n) return null;
  const added =
    line.metric === 'WON_REVENUE'
      ? picked.amountMinor
      : line.metric === 'DEALS_WON'
        ? BigInt(picked.count)
        : 0n;
  return { now: ratio(actual, target), after: ratio(actual + added, target) };
}

/** num / den to 6 decimals, cut; at most 9999.999999 (the engine's limit). */
function ratio(num: bigint, den: bigint): string {
  const scaled = (num * SCALE) / den;
  const capped = scaled > 9_999_999_999n ? 9_999_999_999n : scaled;
  const whole = capped / SCALE;
  const fraction = (capped % SCALE).toString().padStart(6, '0');
  return `${whole}.${fraction}`;
}
