import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  AcknowledgePlanGQL,
  FiscalCalendarService,
  MyPlansGQL,
  OpenDealsToCloseGQL,
  PayoutDisputesGQL,
  PayoutLineDealsGQL,
  PayoutStatementGQL,
  PayPeriodsGQL,
  RaisePayoutDisputeGQL,
  SessionStore,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { myPlan } from '../plans/plan-fixtures';
import { dispute, FY2017_PERIODS, STATEMENT } from '../statements/statement-fixtures';
import { MyPayPageComponent } from './my-pay-page.component';

interface Options {
  plans?: ReturnType<typeof myPlan>[] | Error;
  acknowledge?: jest.Mock;
  raise?: jest.Mock;
  statement?: typeof STATEMENT | null;
}

function setup(options: Options = {}) {
  const plans = options.plans ?? [
    myPlan({ previousAcceptedNumber: 1, changes: ['Own won revenue: cap 150% → 200%'] }),
  ];
  const plansFetch = jest.fn(() =>
    plans instanceof Error ? throwError(() => plans) : of({ data: { myPlans: plans } }),
  );
  const statementFetch = jest.fn(() =>
    of({ data: { payoutStatement: options.statement === undefined ? STATEMENT : options.statement } }),
  );
  const dealsFetch = jest.fn(() =>
    of({
      data: {
        payoutLineDeals: [
          {
            id: 'x',
            externalId: 'D-1',
            accountName: 'Acme',
            productName: 'GTX Pro',
            stageName: 'Won',
            repName: 'Anna',
            amount: '4821.00',
            engageDate: null,
            closeDate: '2017-03-31',
          },
        ],
      },
    }),
  );
  // The demo's open deals have no amount: what they are worth is their product's list price (value).
  const openDeal = (id: string, account: string, value: string) => ({
    node: {
      id,
      externalId: id,
      accountName: account,
      productName: 'GTX Pro',
      stageName: 'Engaging',
      value: { amount: value, currency: 'USD' },
    },
  });
  const openDealsFetch = jest.fn(() =>
    of({
      data: { deals: { edges: [openDeal('o1', 'Acme', '25000.00'), openDeal('o2', 'Globex', '5000.00')] } },
    }),
  );
  const acknowledge = options.acknowledge ?? jest.fn();
  const raise = options.raise ?? jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MyPlansGQL, useValue: { fetch: plansFetch } },
      { provide: PayoutStatementGQL, useValue: { fetch: statementFetch } },
      {
        provide: PayoutDisputesGQL,
        useValue: {
          fetch: () =>
            of({
              data: {
                payoutDisputes: [
                  dispute({
                    status: 'REJECTED',
                    answer: 'It closed in April.',
                    resolvedByName: 'Admin',
                    resolvedAt: '2017-04-06T10:00:00Z',
                    lineKey: 'other',
                  }),
                ],
              },
            }),
        },
      },
      { provide: PayoutLineDealsGQL, useValue: { fetch: dealsFetch } },
      { provide: OpenDealsToCloseGQL, useValue: { fetch: openDealsFetch } },
      { provide: PayPeriodsGQL, useValue: { fetch: () => of({ data: { payPeriods: FY2017_PERIODS } }) } },
      { provide: AcknowledgePlanGQL, useValue: { mutate: acknowledge } },
      { provide: RaisePayoutDisputeGQL, useValue: { mutate: raise } },
      {
        provide: FiscalCalendarService,
        useValue: { calendar: signal({ startMonth: 1, currentYear: 'FY2026' }) },
      },
      {
        provide: SessionStore,
        useValue: { user: signal({ id: 'u1', name: 'Anna', email: 'a', role: 'REP', repId: 'r1' }) },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { plansFetch, statementFetch, dealsFetch, openDealsFetch, acknowledge, raise };
}

async function render() {
  const fixture = TestBed.createComponent(MyPayPageComponent);
  await fixture.whenStable();
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function byTestId<T extends HTMLElement = HTMLElement>(root: HTMLElement, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"]`);
  return found;
}

const text = (root: HTMLElement, id: string) =>
  byTestId(root, id).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('MyPayPageComponent', () => {
  // The fixture document carries a script on purpose: Angular's sanitizer strips it and warns.
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('should show the plan to accept with its rules in words, what changed and the document sanitised', async () => {
    setup();
    const { element } = await render();
    expect(text(element, 'plan-title')).toBe('Account Executive FY2017 · version 2');
    expect(text(element, 'plan-status')).toBe('Not accepted yet');
    expect(text(element, 'plan-changes')).toContain('What changed since version 1, which you accepted');
    expect(text(element, 'plan-changes')).toContain('Own won revenue: cap 150% → 200%');
    expect(text(element, 'plan-rules')).toContain('75% of the target pay, on your own won revenue.');
    const document = byTestId(element, 'plan-document');
    expect(document.querySelector('h1')?.textContent).toBe('The plan');
    expect(document.innerHTML).not.toContain('<script');
  });

  it('should send the hash of the version shown when the rep accepts', async () => {
    const accepted = myPlan({ acceptedAt: '2017-01-03T10:00:00Z' });
    const acknowledge = jest.fn(() => of({ data: { acknowledgePlan: accepted } }));
    setup({ acknowledge });
    const { fixture, element } = await render();
    byTestId<HTMLButtonElement>(element, 'plan-accept').click();
    await fixture.whenStable();
    expect(acknowledge).toHaveBeenCalledWith({
      variables: { input: { planVersionId: 'v2', contentHash: 'hash-v2' } },
    });
    expect(text(element, 'plan-status')).toBe('Accepted');
    expect(text(element, 'plan-accepted')).toContain('You accepted this version on Jan 3, 2017.');
  });

  it('should reload the plans when the version changed under the reader', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }],
    });
    const { plansFetch } = setup({ acknowledge: jest.fn(() => throwError(() => conflict)) });
    const { fixture, element } = await render();
    byTestId<HTMLButtonElement>(element, 'plan-accept').click();
    await fixture.whenStable();
    expect(plansFetch).toHaveBeenCalledTimes(2);
  });

  it('should show the last closed statement of the plan year with every line and the total', async () => {
    const { statementFetch } = setup();
    const { element } = await render();
    expect(statementFetch).toHaveBeenCalledWith({
      variables: { repId: 'r1', period: 'FY2017-Q1' },
      fetchPolicy: 'network-only',
    });
    expect(text(element, 'statement-status')).toBe('Frozen');
    const lines = element.querySelectorAll<HTMLElement>('[data-testid="statement-line"]');
    expect(lines).toHaveLength(3);
    expect(text(lines[0], 'line-actual')).toBe('$275,000.00');
    expect(text(lines[0], 'line-target')).toBe('$250,000.00');
    expect(text(lines[0], 'line-attainment')).toBe('110%');
    expect(text(lines[0], 'line-tier')).toBe('tier 2: 100%–∞ at 2x');
    expect(text(lines[0], 'line-rate')).toBe('2');
    expect(text(lines[0], 'line-formula')).toBe('10,000.00 × 75% × 120% = 9,000.00');
    expect(text(lines[0], 'line-amount')).toBe('$9,000.00');
    expect(text(lines[1], 'line-days')).toContain('45 of 90');
    expect(text(lines[1], 'line-days')).toContain('Feb 15, 2017');
    expect(text(lines[2], 'line-reason')).toBe('Late deal');
    expect(lines[2].querySelector('[data-testid="line-deals-toggle"]')).toBeNull();
    expect(text(element, 'statement-total')).toBe('$11,250.00');
  });

  it('should list the deals behind a line on demand', async () => {
    const { dealsFetch } = setup();
    const { fixture, element } = await render();
    byTestId<HTMLButtonElement>(element, 'line-deals-toggle').click();
    await fixture.whenStable();
    expect(dealsFetch).toHaveBeenCalledWith({
      variables: { repId: 'r1', period: 'FY2017-Q1', lineKey: '2017-01-01:own' },
    });
    expect(text(element, 'line-deal')).toContain('Acme');
    expect(text(element, 'line-deal')).toContain('$4,821.00');
  });

  it('should raise a question on a line with a note and mark the line', async () => {
    const raise = jest.fn(() => of({ data: { raisePayoutDispute: dispute() } }));
    setup({ raise });
    const { fixture, element } = await render();
    byTestId<HTMLButtonElement>(element, 'line-question').click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>(element, 'line-question-send').click();
    await fixture.whenStable();
    expect(raise).not.toHaveBeenCalled();
    expect(text(element, 'line-question-error')).toContain('Please say what looks wrong');

    const note = byTestId<HTMLTextAreaElement>(element, 'line-question-note');
    note.value = ' A deal is missing ';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    byTestId<HTMLButtonElement>(element, 'line-question-send').click();
    await fixture.whenStable();
    expect(raise).toHaveBeenCalledWith({
      variables: { input: { period: 'FY2017-Q1', lineKey: '2017-01-01:own', note: 'A deal is missing' } },
    });
    expect(text(element, 'line-questioned')).toBe('Questioned — waiting for an answer');
    expect(text(element, 'dispute-sent')).toContain('Your question was sent');
    expect(element.querySelectorAll('[data-testid="dispute"]')).toHaveLength(2);
  });

  it('should show my questions with their answers', async () => {
    setup();
    const { element } = await render();
    expect(text(element, 'dispute-answer')).toContain('It closed in April.');
    expect(text(element, 'dispute-answer')).toContain('Answer from Admin');
  });

  it('should compute the what-if in the browser from the plan rules', async () => {
    setup();
    const { fixture, element } = await render();
    const rep = byTestId<HTMLInputElement>(element, 'what-if-rep');
    const team = byTestId<HTMLInputElement>(element, 'what-if-team');
    rep.value = '110';
    rep.dispatchEvent(new Event('input'));
    team.value = '90';
    team.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text(element, 'what-if-total')).toBe('$11,250.00');
  });

  it('should say what closing picked open deals would pay, from the live statement, by the plan', async () => {
    const { openDealsFetch } = setup({ statement: { ...STATEMENT, status: 'LIVE', frozenAt: null } });
    const { fixture, element } = await render();
    expect(openDealsFetch).toHaveBeenCalledWith({
      variables: { repId: 'r1', first: 50 },
      fetchPolicy: 'network-only',
    });
    const deals = element.querySelectorAll<HTMLElement>('[data-testid="deals-what-if-deal"] input');
    expect(deals).toHaveLength(2);
    expect(text(element, 'deals-what-if-outcome')).toBe(
      'At today’s results: $11,250.00 for a full period. Tick deals to add them.',
    );
    deals[0].click();
    await fixture.whenStable();
    // Own 300,000 / 250,000 = 120%: 75% × (100% + 2 × 20%) of $10,000 = $10,500; team 925,000 / 1,000,000: $2,312.50.
    expect(text(element, 'deals-what-if-outcome')).toBe(
      'With 1 more won: $12,812.50 instead of $11,250.00 today ($1,562.50 more).',
    );
  });

  it('should offer no open-deal what-if on a closed statement', async () => {
    const { openDealsFetch } = setup();
    const { element } = await render();
    expect(element.querySelector('[data-testid="deals-what-if-list"]')).toBeNull();
    expect(openDealsFetch).not.toHaveBeenCalled();
  });

  it('should say so when no plan is assigned and no statement exists', async () => {
    setup({ plans: [], statement: null });
    const { element } = await render();
    expect(text(element, 'my-plans-empty')).toContain('No compensation plan is assigned to you yet.');
    expect(text(element, 'my-statement-none')).toContain('No plan paid you in FY2017-Q1');
  });

  it('should offer a retry when the plans fail to load', async () => {
    const { plansFetch } = setup({ plans: new Error('Failed to fetch') });
    const { fixture, element } = await render();
    expect(text(element, 'my-plans-error')).toContain('Your plans could not be loaded.');
    element.querySelector<HTMLButtonElement>('[data-testid="my-plans-error"] button')?.click();
    await fixture.whenStable();
    expect(plansFetch).toHaveBeenCalledTimes(2);
  });
});
