import { minorToDecimal, type PlanRules } from '@salesops/domain';
import { type PayFrequency, type PlanRulesFieldsFragment } from '@salesops/portal/data-access';
import { type I18nService } from '@salesops/portal/i18n';

import { rateToMultiplier, ratioToPercent } from './decimal-text';

/** One rule of a plan in plain words: a heading (the measure) and its sentences. */
export interface RuleWords {
  readonly title: string;
  readonly sentences: readonly string[];
}

type Measure = PlanRulesFieldsFragment['measures'][number];

export function minorMoney(i18n: I18nService, minor: string, currency: string): string {
  return i18n.formatMoney(minorToDecimal(BigInt(minor)), currency);
}

function measureWords(i18n: I18nService, measure: Measure): RuleWords {
  const metric = i18n.t(`comp.metric.${measure.metric}`);
  const whose = i18n.t(`comp.scope.${measure.scope}`);
  const curve = measure.curve;
  if (curve.kind === 'COMMISSION') {
    return {
      title: measure.label,
      sentences: [
        i18n.t('comp.rules.commission', { rate: ratioToPercent(curve.rate ?? '0'), whose, metric }),
      ],
    };
  }
  const sentences = [i18n.t('comp.rules.weight', { weight: ratioToPercent(measure.weight), whose, metric })];
  if (curve.threshold && /[1-9]/.test(curve.threshold)) {
    sentences.push(i18n.t('comp.rules.threshold', { threshold: ratioToPercent(curve.threshold) }));
  }
  let from = '0';
  for (const tier of curve.tiers ?? []) {
    const rate = rateToMultiplier(tier.rate);
    sentences.push(
      tier.upTo === null
        ? i18n.t('comp.rules.tierOpen', { from: ratioToPercent(from), rate })
        : i18n.t('comp.rules.tier', { from: ratioToPercent(from), to: ratioToPercent(tier.upTo), rate }),
    );
    from = tier.upTo ?? from;
  }
  sentences.push(
    curve.cap ? i18n.t('comp.rules.cap', { cap: ratioToPercent(curve.cap) }) : i18n.t('comp.rules.noCap'),
  );
  return { title: measure.label, sentences };
}

/** The rules of a version summarised in words, in the reader's language: pay, each measure, the bonus. */
export function planWords(
  i18n: I18nService,
  rules: PlanRulesFieldsFragment,
  frequency: PayFrequency,
): RuleWords[] {
  const words: RuleWords[] = [
    {
      title: i18n.t('comp.rules.targetTitle'),
      sentences: [
        i18n.t('comp.rules.target', {
          amount: minorMoney(i18n, rules.targetVariableMinor, rules.currency),
          frequency: i18n.t(`comp.frequency.${frequency}`),
        }),
      ],
    },
    ...rules.measures.map((measure) => measureWords(i18n, measure)),
  ];
  const bonus = rules.teamBonus;
  if (bonus) {
    const sentences = [
      i18n.t('comp.rules.teamBonus', {
        amount: minorMoney(i18n, bonus.amountMinor, rules.currency),
        threshold: ratioToPercent(bonus.threshold),
        metric: i18n.t(`comp.metric.${bonus.metric}`),
      }),
    ];
    if (bonus.partialFrom) {
      sentences.push(i18n.t('comp.rules.teamBonusPartial', { from: ratioToPercent(bonus.partialFrom) }));
    }
    words.push({ title: i18n.t('comp.rules.teamBonusTitle'), sentences });
  }
  return words;
}

/** Rules the engine has checked (the editor's, as typed) in the shape the API sends, for planWords. */
export function rulesFields(rules: PlanRules): PlanRulesFieldsFragment {
  return {
    currency: rules.currency,
    targetVariableMinor: rules.targetVariableMinor,
    rounding: rules.rounding,
    measures: rules.measures.map((measure) => ({
      key: measure.key,
      label: measure.label,
      metric: measure.metric,
      scope: measure.scope,
      weight: measure.weight,
      curve:
        measure.curve.kind === 'COMMISSION'
          ? { kind: 'COMMISSION', threshold: null, cap: null, rate: measure.curve.rate, tiers: null }
          : {
              kind: 'TIERED',
              threshold: measure.curve.threshold,
              cap: measure.curve.cap,
              rate: null,
              tiers: measure.curve.tiers.map((tier) => ({ upTo: tier.upTo, rate: tier.rate })),
            },
    })),
    teamBonus: rules.teamBonus
      ? {
          amountMinor: rules.teamBonus.amountMinor,
          threshold: rules.teamBonus.threshold,
          partialFrom: rules.teamBonus.partialFrom ?? null,
          metric: rules.teamBonus.metric ?? 'WON_REVENUE',
        }
      : null,
  };
}
