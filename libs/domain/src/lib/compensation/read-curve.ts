import { type PlanCurve } from './plan-rules';
import { readTiers } from './read-tiers';
import { RuleReader } from './rule-reader';

/**
 * Reads a measure's curve: TIERED (threshold from 0 to 1, tiers, a cap above 0 up to 10 or null for
 * none) or COMMISSION (a rate from 0 to 1 of the revenue). The fields allowed depend on the kind, so an
 * unknown kind stops there rather than report every field as unknown.
 */
export function readCurve(reader: RuleReader, value: unknown, field: string): PlanCurve | null {
  const at = (key: string) => RuleReader.path(field, key);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reader.report(field, 'must be an object');
  }
  const kind = reader.choice('kind' in value ? value.kind : undefined, at('kind'), [
    'TIERED',
    'COMMISSION',
  ] as const);
  if (kind === null) return null;
  if (kind === 'COMMISSION') {
    const curve = reader.object(value, field, ['kind', 'rate']);
    const rate = curve && reader.decimal(curve['rate'], at('rate'), '0', '1');
    return rate === null ? null : { kind, rate };
  }
  const curve = reader.object(value, field, ['kind', 'threshold', 'tiers', 'cap']);
  if (curve === null) return null;
  const threshold = reader.decimal(curve['threshold'], at('threshold'), '0', '1');
  const tiers = readTiers(reader, curve['tiers'], at('tiers'));
  const cap = curve['cap'] === null ? null : reader.decimal(curve['cap'], at('cap'), '0', '10', true);
  if (threshold === null || tiers === null || (cap === null && curve['cap'] !== null)) return null;
  return { kind, threshold, tiers, cap };
}
