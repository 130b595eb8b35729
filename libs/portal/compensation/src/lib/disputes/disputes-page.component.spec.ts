import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { PayoutDisputesGQL, ResolvePayoutDisputeGQL, SessionStore } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { dispute } from '../statements/statement-fixtures';
import { DisputesPageComponent } from './disputes-page.component';

function setup(role: 'ADMIN' | 'MANAGER', resolve = jest.fn(), listed = [dispute()]) {
  const fetch = jest.fn(() => of({ data: { payoutDisputes: listed } }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: PayoutDisputesGQL, useValue: { fetch } },
      { provide: ResolvePayoutDisputeGQL, useValue: { mutate: resolve } },
      { provide: SessionStore, useValue: { role: signal(role) } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch };
}

async function render() {
  const fixture = TestBed.createComponent(DisputesPageComponent);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function byTestId<T extends HTMLElement = HTMLElement>(root: HTMLElement, id: string): T {
  const found = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"]`);
  return found;
}

function type(root: HTMLElement, id: string, value: string): void {
  const field = byTestId<HTMLInputElement>(root, id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('DisputesPageComponent', () => {
  it('should list open questions and let a manager open the statement but not answer', async () => {
    const { fetch } = setup('MANAGER');
    const { element } = await render();
    expect(fetch).toHaveBeenCalledWith({ variables: { status: 'OPEN' }, fetchPolicy: 'network-only' });
    expect(byTestId(element, 'dispute-note').textContent).toContain('A deal is missing');
    expect(element.querySelector('[data-testid="dispute-answer-open"]')).toBeNull();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    byTestId(element, 'dispute-open').click();
    expect(navigate).toHaveBeenCalledWith(['/compensation'], {
      queryParams: { period: 'FY2017-Q1', rep: 'r1' },
    });
  });

  it("should show each questioned amount in its statement's currency", async () => {
    setup('ADMIN', jest.fn(), [dispute(), dispute({ id: 'd2', currency: 'EUR', lineAmount: '1250.50' })]);
    const { element } = await render();
    const lines = Array.from(element.querySelectorAll('[data-testid="dispute"]')).map(
      (li) => li.textContent ?? '',
    );
    expect(lines[0]).toContain('($9,000.00)');
    expect(lines[1]).toContain('(€1,250.50)');
  });

  it('should answer with an adjustment on an open period and take the question off the open list', async () => {
    const resolve = jest.fn(() =>
      of({ data: { resolvePayoutDispute: dispute({ status: 'ADJUSTED', answer: 'Added' }) } }),
    );
    setup('ADMIN', resolve);
    const { fixture, element } = await render();
    byTestId(element, 'dispute-answer-open').click();
    await fixture.whenStable();
    byTestId(element, 'resolve-submit').click();
    await fixture.whenStable();
    expect(resolve).not.toHaveBeenCalled();
    expect(byTestId(element, 'dispute-answer-form').textContent).toContain('Please write an answer');

    type(element, 'resolve-amount', '482.10');
    type(element, 'resolve-period', 'FY2018-Q1');
    type(element, 'resolve-answer', 'Added the missing deal');
    await fixture.whenStable();
    byTestId(element, 'resolve-submit').click();
    await fixture.whenStable();
    expect(resolve).toHaveBeenCalledWith({
      variables: {
        input: {
          disputeId: 'd1',
          decision: 'ADJUST',
          answer: 'Added the missing deal',
          amount: '482.10',
          period: 'FY2018-Q1',
        },
      },
    });
    expect(element.querySelector('[data-testid="dispute"]')).toBeNull();
    expect(element.querySelector('[data-testid="dispute-answer-form"]')).toBeNull();
  });
});
