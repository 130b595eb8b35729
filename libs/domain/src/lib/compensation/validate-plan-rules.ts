import { isCurrencyCode } from '../money';
import { checkMeasureSet } from './check-measure-set';
import { type PlanRules } from './plan-rules';
import { readMeasure } from './read-measure';
import { readTeamBonus } from './read-team-bonus';
import { type PlanRulesProblem, RuleReader } from './rule-reader';

export const MAX_MEASURES = 10;

export type PlanRulesValidation = { ok: true; rules: PlanRules } | { ok: false; errors: PlanRulesProblem[] };

/**
 * Checks untrusted JSON (an admin's edit, a stored jsonb) against every rule the engine relies on and
 * reports all the problems at once, each with its path. The rules returned are a clean copy holding only
 * known fields, so what is stored and hashed is exactly what was checked.
 */
export function validatePlanRules(json: unknown): PlanRulesValidation {
  const reader = new RuleReader();
  const root = reader.object(json, '', [
    'currency',
    'targetVariableMinor',
    'measures',
    'teamBonus',
    'rounding',
  ]);
  if (root === null) return { ok: false, errors: reader.problems };
  const currencyText = root['currency'];
  const currency =
    typeof currencyText === 'string' && isCurrencyCode(currencyText)
      ? currencyText
      : reader.report('currency', 'must be an ISO 4217 code of three capital letters, like "USD"');
  const targetVariableMinor = reader.minor(root['targetVariableMinor'], 'targetVariableMinor');
  const rounding = reader.choice(root['rounding'], 'rounding', ['ROUND_HALF_UP'] as const);
  const items = reader.list(root['measures'], 'measures', 1, MAX_MEASURES) ?? [];
  const measures = items.map((item, index) => readMeasure(reader, item, `measures.${index}`));
  checkMeasureSet(reader, items);
  const teamBonus =
    root['teamBonus'] === undefined ? undefined : readTeamBonus(reader, root['teamBonus'], 'teamBonus');
  if (reader.problems.length > 0) return { ok: false, errors: reader.problems };
  // No problem reported means every read above returned a value.
  const rules = { currency, targetVariableMinor, measures, rounding, ...(teamBonus ? { teamBonus } : {}) };
  return { ok: true, rules: rules as PlanRules };
}
