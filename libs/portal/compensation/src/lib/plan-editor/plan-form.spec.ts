import { myPlan } from '../plans/plan-fixtures';
import {
  addTier,
  blankPlanForm,
  contentOf,
  formFields,
  freeKey,
  newMeasure,
  type PlanForm,
  planFormOf,
  removeTier,
  withKind,
} from './plan-form';

const VERSION = myPlan().version;

describe('planFormOf and contentOf', () => {
  it('should give back the stored rules, money in minor units, when a version is edited unchanged', () => {
    const form = planFormOf(VERSION);
    expect(form.targetPay).toBe('10000.00');
    expect(form.measures[0].tiers).toEqual([
      { upTo: '1.0', rate: '1' },
      { upTo: '', rate: '2' },
    ]);
    const { content, problems } = contentOf(form);
    expect(problems).toEqual({});
    expect(content).toEqual({
      document: VERSION.document,
      payFrequency: 'QUARTER',
      effectiveFrom: '2017-01-01',
      effectiveTo: null,
      rules: {
        currency: 'USD',
        targetVariableMinor: '1000000',
        measures: VERSION.rules.measures.map((m) => ({
          key: m.key,
          label: m.label,
          metric: m.metric,
          scope: m.scope,
          weight: m.weight,
          curve: {
            kind: 'TIERED',
            threshold: '0.5',
            cap: '2.0',
            tiers: [
              { upTo: '1.0', rate: '1' },
              { upTo: null, rate: '2' },
            ],
          },
        })),
        teamBonus: null,
      },
    });
  });

  it('should send only the rate of a commission and the partial start of a bonus only when typed', () => {
    const form: PlanForm = {
      ...blankPlanForm('2018-01-01', '# Plan'),
      measures: [withKind(newMeasure('c', 'Commission', 'REP', '0.75'), 'COMMISSION')],
      teamBonus: { amount: '2,000.50', threshold: '1', partialFrom: ' ', metric: 'WON_REVENUE' },
    };
    const { content } = contentOf(form);
    expect(content.rules.measures[0]).toMatchObject({
      weight: '0',
      curve: { kind: 'COMMISSION', rate: '0.05' },
    });
    expect(content.rules.teamBonus).toEqual({ amountMinor: '200050', threshold: '1', metric: 'WON_REVENUE' });
  });

  it('should name the fields whose text is not an amount or a date when the form is sent', () => {
    const form: PlanForm = {
      ...blankPlanForm('2018-1-1', ''),
      targetPay: 'ten',
      effectiveTo: 'soon',
      teamBonus: { amount: '-5', threshold: '1', partialFrom: '', metric: 'WON_REVENUE' },
    };
    expect(contentOf(form).problems).toEqual({
      'rules.targetVariableMinor': 'amount',
      effectiveFrom: 'date',
      effectiveTo: 'date',
      'rules.teamBonus.amountMinor': 'amount',
    });
  });
});

describe('measure edits', () => {
  const tiered = newMeasure('own', 'Own', 'REP', '0.75');

  it('should make a commission weigh nothing on won revenue, and give tiers back when tiered again', () => {
    const commission = withKind({ ...tiered, metric: 'DEALS_WON', tiers: [] }, 'COMMISSION');
    expect(commission).toMatchObject({
      kind: 'COMMISSION',
      weight: '0',
      metric: 'WON_REVENUE',
      rate: '0.05',
    });
    expect(withKind(commission, 'TIERED').tiers).toHaveLength(2);
    expect(withKind(tiered, 'TIERED')).toBe(tiered);
  });

  it('should add a tier before the open one, half a goal on, and keep the last open when one is removed', () => {
    const three = addTier(tiered);
    expect(three.tiers).toEqual([
      { upTo: '1', rate: '1' },
      { upTo: '1.5', rate: '2' },
      { upTo: '', rate: '2' },
    ]);
    expect(removeTier(three, 2).tiers).toEqual([
      { upTo: '1', rate: '1' },
      { upTo: '', rate: '2' },
    ]);
    const one = removeTier(removeTier(three, 0), 0);
    expect(one.tiers).toEqual([{ upTo: '', rate: '2' }]);
    expect(removeTier(one, 0)).toBe(one);
  });

  it('should pick a key no measure uses yet', () => {
    expect(freeKey([tiered, { ...tiered, key: 'measure3' }])).toBe('measure4');
  });
});

describe('formFields', () => {
  it('should list every field the editor shows, tiers and bonus included', () => {
    const fields = formFields({
      ...blankPlanForm('2018-01-01', ''),
      teamBonus: { amount: '1', threshold: '1', partialFrom: '', metric: 'WON_REVENUE' },
    });
    expect(fields).toContain('rules.measures.1.curve.tiers.1.rate');
    expect(fields).toContain('rules.measures');
    expect(fields).toContain('rules.teamBonus.partialFrom');
    expect(fields).not.toContain('rules.measures.2.weight');
  });
});
