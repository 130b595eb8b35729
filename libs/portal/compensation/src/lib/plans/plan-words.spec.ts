import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { checkRules } from '../plan-editor/rules-check';
import { RULES_75_25 } from './plan-fixtures';
import { planWords, rulesFields } from './plan-words';

describe('planWords', () => {
  it('should summarise a tiered 75/25 plan in words when the rules have tiers and a cap', () => {
    const i18n = TestBed.inject(I18nService);
    void i18n.setLang('en');
    const words = planWords(i18n, RULES_75_25, 'QUARTER');
    expect(words[0].sentences).toEqual(['Target variable pay: $10,000.00 per quarter.']);
    expect(words[1].title).toBe('Own won revenue');
    expect(words[1].sentences).toEqual([
      '75% of the target pay, on your own won revenue.',
      'Nothing is paid below 50% of goal.',
      'From 0% to 100% of goal: 1x.',
      'Above 100% of goal: 2x (the accelerator).',
      'It pays at most 200% of its share.',
    ]);
    expect(words[2].sentences[0]).toBe("25% of the target pay, on your team's won revenue.");
  });

  it('should describe a commission and a team bonus when the plan has them', () => {
    const i18n = TestBed.inject(I18nService);
    void i18n.setLang('en');
    const words = planWords(
      i18n,
      {
        ...RULES_75_25,
        measures: [
          {
            key: 'c',
            label: 'Commission',
            metric: 'WON_REVENUE',
            scope: 'REP',
            weight: '0',
            curve: { kind: 'COMMISSION', rate: '0.05', threshold: null, cap: null, tiers: null },
          },
        ],
        teamBonus: { amountMinor: '200000', threshold: '1.0', partialFrom: '0.8', metric: 'WON_REVENUE' },
      },
      'MONTH',
    );
    expect(words.map((w) => w.sentences)).toEqual([
      ['Target variable pay: $10,000.00 per month.'],
      ['5% commission on your own won revenue.'],
      [
        "Team bonus: $2,000.00 when your team's won revenue reaches 100% of goal.",
        'From 80% of goal, a matching share of it is paid.',
      ],
    ]);
  });

  it('should word rules the engine has checked exactly as the same rules sent by the API', () => {
    const i18n = TestBed.inject(I18nService);
    void i18n.setLang('en');
    const withBonus = {
      ...RULES_75_25,
      teamBonus: {
        amountMinor: '200000',
        threshold: '1.0',
        partialFrom: '0.8',
        metric: 'DEALS_WON' as const,
      },
    };
    const checked = checkRules(withBonus);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(planWords(i18n, rulesFields(checked.rules), 'YEAR')).toEqual(planWords(i18n, withBonus, 'YEAR'));
  });
});
