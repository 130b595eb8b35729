import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { type AuditEventRowFragment } from '@salesops/portal/data-access';
import { I18nService, type Lang } from '@salesops/portal/i18n';

import { AuditDetailDialogComponent } from './audit-detail-dialog.component';

const EVENT: AuditEventRowFragment = {
  id: 'e1',
  occurredAt: '2025-03-10T09:30:05.000Z',
  actorId: 'u1',
  actorLabel: 'Ada Admin <admin@salesops.demo>',
  action: 'routing.set_rule',
  entityType: 'routing_rule',
  entityId: '3f2a9c1e-0000-4000-8000-000000000001',
  summary: 'Anna Snelling: weight 2, no cap',
  summaryKey: 'routing.set_rule.no_cap',
  summaryParams: '{"rep":"Anna Snelling","weight":2}',
  before: '{"weight":1,"capacityPerMonth":null,"note":"old"}',
  after: '{"weight":2,"capacityPerMonth":null,"absences":[]}',
};

async function render(event: AuditEventRowFragment, lang: Lang = 'en') {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { event } },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  await TestBed.inject(I18nService).setLang(lang);
  const fixture = TestBed.createComponent(AuditDetailDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const within = (scope: string, testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${scope}"] [data-testid="${testId}"]`));
  const text = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)).map((node) =>
      node.textContent?.replace(/\s+/g, ' ').trim(),
    );
  /** The lines of one side as `mark|text`, the gutter and the screen reader note left out. */
  const lines = (side: 'audit-before' | 'audit-after') =>
    within(side, 'json-line').map(
      (line) => `${line.getAttribute('data-mark') ?? ''}|${line.querySelector('.text')?.textContent ?? ''}`,
    );
  return { element, text, lines, close };
}

describe('AuditDetailDialogComponent', () => {
  it('should show who, when and what, and both states side by side with the changes marked', async () => {
    const { text, lines } = await render(EVENT);

    expect(text('audit-detail-action')).toEqual(['routing.set_rule']);
    expect(text('audit-detail-entity-id')).toEqual([EVENT.entityId]);
    expect(text('audit-detail-summary')).toEqual(['Anna Snelling: weight 2, no cap']);
    expect(text('audit-detail-meta')[0]).toMatch(/2025, .+ by Ada Admin <admin@salesops\.demo>$/);
    expect(text('audit-detail-changed')).toEqual(['Changed: weight, note, absences']);

    expect(lines('audit-before')).toEqual([
      '|{',
      'changed|  "weight": 1,',
      '|  "capacityPerMonth": null,',
      'removed|  "note": "old"',
      '|}',
    ]);
    expect(lines('audit-after')).toEqual([
      '|{',
      'changed|  "weight": 2,',
      '|  "capacityPerMonth": null,',
      'added|  "absences": []',
      '|}',
    ]);
  });

  it("should word the summary in Korean from its key and params, and show an old event's English as it is", async () => {
    const { text } = await render(EVENT, 'ko');
    expect(text('audit-detail-summary')).toEqual(['Anna Snelling: 가중치 2, 월 한도 없음']);

    TestBed.resetTestingModule();
    const old = await render({ ...EVENT, summaryKey: null, summaryParams: null }, 'ko');
    expect(old.text('audit-detail-summary')).toEqual(['Anna Snelling: weight 2, no cap']);
  });

  it('should say so when a side was not recorded, and mark nothing on the other', async () => {
    const { text, lines } = await render({ ...EVENT, actorLabel: 'system', actorId: null, before: null });

    expect(text('audit-before-none')).toEqual(['No state was recorded before this change.']);
    expect(lines('audit-after').every((line) => line.startsWith('|'))).toBe(true);
    expect(text('audit-detail-changed')).toEqual([]);
    expect(text('audit-detail-meta')[0]).toMatch(/by System$/);
  });

  it('should say when before and after are the same', async () => {
    const { text } = await render({ ...EVENT, after: EVENT.before });
    expect(text('audit-detail-changed')).toEqual(['Before and after are the same.']);
  });

  it('should close asking for the item history when that button is pressed', async () => {
    const { element, close } = await render(EVENT);

    (element.querySelector('[data-testid="audit-show-history"]') as HTMLButtonElement).click();

    expect(close).toHaveBeenCalledWith('history');
  });

  it('should not offer the history of an event without an item id', async () => {
    const { element } = await render({ ...EVENT, entityId: null });
    expect(element.querySelector('[data-testid="audit-show-history"]')).toBeNull();
  });
});
