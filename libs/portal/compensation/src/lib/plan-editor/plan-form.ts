import { minorToDecimal, parseAmountToMinor } from '@salesops/domain';
import {
  type CurveKind,
  type MeasureScope,
  type PayFrequency,
  type PlanMetric,
  type PlanVersionContentInput,
  type PlanVersionDetailFragment,
} from '@salesops/portal/data-access';

/**
 * A plan version as the editor holds it: every field as typed (text), so a half-typed "0." is kept while
 * the admin types. Rates, weights and attainments stay the engine's decimals ("0.75"); money is typed in
 * major units ("10000.00") and sent in minor units.
 */
export interface TierForm {
  /** Empty on the last, open-ended tier. */
  readonly upTo: string;
  readonly rate: string;
}

export interface MeasureForm {
  readonly key: string;
  readonly label: string;
  readonly metric: PlanMetric;
  readonly scope: MeasureScope;
  readonly weight: string;
  readonly kind: CurveKind;
  readonly threshold: string;
  /** Empty for no cap. */
  readonly cap: string;
  /** The commission rate. */
  readonly rate: string;
  readonly tiers: readonly TierForm[];
}

export interface TeamBonusForm {
  readonly amount: string;
  readonly threshold: string;
  /** Empty for all-or-nothing. */
  readonly partialFrom: string;
  readonly metric: PlanMetric;
}

export interface PlanForm {
  readonly name: string;
  readonly document: string;
  readonly payFrequency: PayFrequency;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly currency: string;
  readonly targetPay: string;
  readonly measures: readonly MeasureForm[];
  readonly teamBonus: TeamBonusForm | null;
}

/** What is wrong with a field before the API is asked: its text is not an amount or not a date. */
export type LocalProblem = 'amount' | 'date';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIERS: readonly TierForm[] = [
  { upTo: '1', rate: '1' },
  { upTo: '', rate: '2' },
];

/** A measure as a new plan starts it: tiered, nothing under 50%, 1x to 100%, 2x above, capped at 200%. */
export function newMeasure(key: string, label: string, scope: MeasureScope, weight: string): MeasureForm {
  return {
    key,
    label,
    metric: 'WON_REVENUE',
    scope,
    weight,
    kind: 'TIERED',
    threshold: '0.5',
    cap: '2',
    rate: '',
    tiers: TIERS,
  };
}

/** A new plan: the common 75% own / 25% team split, quarterly, from the given day, in the reader's words. */
export function blankPlanForm(
  effectiveFrom: string,
  document: string,
  labels: { own: string; team: string } = { own: 'Own won revenue', team: 'Team won revenue' },
): PlanForm {
  return {
    name: '',
    document,
    payFrequency: 'QUARTER',
    effectiveFrom,
    effectiveTo: '',
    currency: 'USD',
    targetPay: '10000.00',
    measures: [newMeasure('own', labels.own, 'REP', '0.75'), newMeasure('team', labels.team, 'TEAM', '0.25')],
    teamBonus: null,
  };
}

/** A stored version as the editor's form. */
export function planFormOf(version: PlanVersionDetailFragment): PlanForm {
  const { rules } = version;
  const bonus = rules.teamBonus;
  return {
    name: version.planName,
    document: version.document,
    payFrequency: version.payFrequency,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo ?? '',
    currency: rules.currency,
    targetPay: minorToDecimal(BigInt(rules.targetVariableMinor)),
    measures: rules.measures.map((m) => ({
      key: m.key,
      label: m.label,
      metric: m.metric,
      scope: m.scope,
      weight: m.weight,
      kind: m.curve.kind,
      threshold: m.curve.threshold ?? '0',
      cap: m.curve.cap ?? '',
      rate: m.curve.rate ?? '',
      tiers: (m.curve.tiers ?? []).map((tier) => ({ upTo: tier.upTo ?? '', rate: tier.rate })),
    })),
    teamBonus: bonus && {
      amount: minorToDecimal(BigInt(bonus.amountMinor)),
      threshold: bonus.threshold,
      partialFrom: bonus.partialFrom ?? '',
      metric: bonus.metric,
    },
  };
}

function minorText(amount: string): string | null {
  const minor = parseAmountToMinor(amount);
  return minor === null || minor < 0n ? null : minor.toString();
}

/**
 * The form as the API's input, and the fields whose text is not even an amount or a date (named by the
 * same paths the API's errors use, `rules.targetVariableMinor`). The rest is checked by the engine.
 */
export function contentOf(form: PlanForm): {
  content: PlanVersionContentInput;
  problems: Readonly<Record<string, LocalProblem>>;
} {
  const problems: Record<string, LocalProblem> = {};
  const targetVariableMinor = minorText(form.targetPay);
  if (targetVariableMinor === null) problems['rules.targetVariableMinor'] = 'amount';
  if (!DATE.test(form.effectiveFrom.trim())) problems['effectiveFrom'] = 'date';
  const effectiveTo = form.effectiveTo.trim();
  if (effectiveTo && !DATE.test(effectiveTo)) problems['effectiveTo'] = 'date';
  const bonus = form.teamBonus;
  const bonusMinor = bonus ? minorText(bonus.amount) : null;
  if (bonus && bonusMinor === null) problems['rules.teamBonus.amountMinor'] = 'amount';
  const content: PlanVersionContentInput = {
    document: form.document,
    payFrequency: form.payFrequency,
    effectiveFrom: form.effectiveFrom.trim(),
    effectiveTo: effectiveTo || null,
    rules: {
      currency: form.currency.trim(),
      targetVariableMinor: targetVariableMinor ?? '0',
      measures: form.measures.map((m) => ({
        key: m.key.trim(),
        label: m.label.trim(),
        metric: m.metric,
        scope: m.scope,
        weight: m.weight.trim(),
        curve:
          m.kind === 'COMMISSION'
            ? { kind: 'COMMISSION', rate: m.rate.trim() }
            : {
                kind: 'TIERED',
                threshold: m.threshold.trim(),
                cap: m.cap.trim() || null,
                tiers: m.tiers.map((tier) => ({ upTo: tier.upTo.trim() || null, rate: tier.rate.trim() })),
              },
      })),
      teamBonus: bonus && {
        amountMinor: bonusMinor ?? '0',
        threshold: bonus.threshold.trim(),
        metric: bonus.metric,
        ...(bonus.partialFrom.trim() ? { partialFrom: bonus.partialFrom.trim() } : {}),
      },
    },
  };
  return { content, problems };
}

/** The paths of the fields the editor shows for this form, where errors can be put. */
export function formFields(form: PlanForm): string[] {
  const fields = ['name', 'document', 'payFrequency', 'effectiveFrom', 'effectiveTo'];
  fields.push('rules.currency', 'rules.targetVariableMinor', 'rules.measures');
  form.measures.forEach((measure, index) => {
    const at = `rules.measures.${index}`;
    fields.push(...['key', 'label', 'metric', 'scope', 'weight'].map((name) => `${at}.${name}`));
    fields.push(...['kind', 'threshold', 'cap', 'rate', 'tiers'].map((name) => `${at}.curve.${name}`));
    measure.tiers.forEach((_, tier) =>
      fields.push(`${at}.curve.tiers.${tier}.upTo`, `${at}.curve.tiers.${tier}.rate`),
    );
  });
  if (form.teamBonus) {
    fields.push(
      ...['amountMinor', 'threshold', 'partialFrom', 'metric'].map((name) => `rules.teamBonus.${name}`),
    );
  }
  return fields;
}

/**
 * A measure switched to another kind of curve. A commission pays on won revenue, outside the target
 * pay, so the engine wants its weight "0" and its metric WON_REVENUE; a tiered curve needs tiers.
 */
export function withKind(measure: MeasureForm, kind: CurveKind): MeasureForm {
  if (kind === measure.kind) return measure;
  if (kind === 'COMMISSION') {
    return { ...measure, kind, weight: '0', metric: 'WON_REVENUE', rate: measure.rate || '0.05' };
  }
  return {
    ...measure,
    kind,
    tiers: measure.tiers.length > 0 ? measure.tiers : TIERS,
    threshold: measure.threshold || '0',
  };
}

/** A new tier before the open-ended last one, ending half a goal after the one before it. */
export function addTier(measure: MeasureForm): MeasureForm {
  const tiers = [...measure.tiers];
  const last = tiers.pop() ?? { upTo: '', rate: '1' };
  const previous = Number(tiers.at(-1)?.upTo ?? '0');
  const upTo = Number.isFinite(previous) ? String(Math.round((previous + 0.5) * 1e6) / 1e6) : '';
  return { ...measure, tiers: [...tiers, { upTo, rate: last.rate }, last] };
}

/** Without one tier; the last tier left stays open-ended. At least one tier stays. */
export function removeTier(measure: MeasureForm, index: number): MeasureForm {
  if (measure.tiers.length <= 1) return measure;
  const tiers = measure.tiers.filter((_, i) => i !== index);
  const last = tiers.length - 1;
  return { ...measure, tiers: tiers.map((tier, i) => (i === last ? { ...tier, upTo: '' } : tier)) };
}

/** A key not yet used by the plan's measures ("measure3"). */
export function freeKey(measures: readonly MeasureForm[]): string {
  const used = new Set(measures.map((m) => m.key));
  let n = measures.length + 1;
  while (used.has(`measure${n}`)) n += 1;
  return `measure${n}`;
}
