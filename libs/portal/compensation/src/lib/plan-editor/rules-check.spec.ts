import { blankPlanForm, contentOf, withKind } from './plan-form';
import { checkRules } from './rules-check';

describe('checkRules', () => {
  it('should accept a 75/25 plan and hand the engine clean rules', () => {
    const check = checkRules(contentOf(blankPlanForm('2018-01-01', '')).content.rules);
    expect(check.ok && check.rules.measures.map((m) => m.weight)).toEqual(['0.75', '0.25']);
  });

  it('should name each problem by the path the API uses when the rules are wrong', () => {
    const form = blankPlanForm('2018-01-01', '');
    const rules = contentOf({
      ...form,
      measures: [
        {
          ...form.measures[0],
          weight: '0.7',
          tiers: [
            { upTo: '1', rate: '1' },
            { upTo: '', rate: 'x' },
          ],
        },
        withKind(form.measures[1], 'COMMISSION'),
      ],
    }).content.rules;
    const check = checkRules(rules);
    expect(check.ok).toBe(false);
    const fields = check.ok ? [] : check.errors.map((e) => e.field);
    expect(fields).toEqual(['rules.measures.0.curve.tiers.1.rate', 'rules.measures']);
  });
});
