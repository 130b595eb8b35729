import { Dec } from './decimal';
import { type PlanMeasure } from './plan-rules';
import { readCurve } from './read-curve';
import { RuleReader } from './rule-reader';

/** Letters, digits, "-" and "_", starting with a letter: safe in paths, URLs and jsonb keys. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const LABEL_MAX = 80;

/**
 * Reads one measure. A commission pays on revenue, not on the target variable pay, so its metric is
 * WON_REVENUE and its weight "0" (which keeps the tiered weights' sum meaning what it says).
 */
export function readMeasure(reader: RuleReader, value: unknown, field: string): PlanMeasure | null {
  const at = (key: string) => RuleReader.path(field, key);
  const measure = reader.object(value, field, ['key', 'label', 'metric', 'scope', 'weight', 'curve']);
  if (measure === null) return null;
  const key =
    typeof measure['key'] === 'string' && KEY.test(measure['key'])
      ? measure['key']
      : reader.report(at('key'), 'must be 1 to 40 letters, digits, "-" or "_", starting with a letter');
  const labelText = measure['label'];
  const label =
    typeof labelText === 'string' && labelText.trim() !== '' && labelText.length <= LABEL_MAX
      ? labelText
      : reader.report(at('label'), `must be text of 1 to ${LABEL_MAX} characters`);
  const metric = reader.choice(measure['metric'], at('metric'), [
    'WON_REVENUE',
    'DEALS_WON',
    'NEW_PIPELINE',
  ] as const);
  const scope = reader.choice(measure['scope'], at('scope'), ['REP', 'TEAM'] as const);
  const weight = reader.decimal(measure['weight'], at('weight'), '0', '1');
  const curve = readCurve(reader, measure['curve'], at('curve'));
  if (curve?.kind === 'COMMISSION') {
    if (weight !== null && !new Dec(weight).isZero()) {
      reader.report(at('weight'), 'must be "0" for a commission measure');
    }
    if (metric !== null && metric !== 'WON_REVENUE') {
      reader.report(at('metric'), 'must be WON_REVENUE for a commission');
    }
  }
  if (
    key === null ||
    label === null ||
    metric === null ||
    scope === null ||
    weight === null ||
    curve === null
  ) {
    return null;
  }
  return { key, label, metric, scope, weight, curve };
}
