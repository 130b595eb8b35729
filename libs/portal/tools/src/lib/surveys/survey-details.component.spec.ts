import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { MatSelectHarness } from '@angular/material/select/testing';
import { type SurveyAdminDetailFragment } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { SurveyDetailsComponent } from './survey-details.component';
import { detail, TOOLS } from './survey-fixtures';
import { surveyForm } from './survey-form';
import { SurveyFormErrors } from './survey-form-errors';

// The section inside a form, as the editor page holds it.
@Component({
  imports: [ReactiveFormsModule, SurveyDetailsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <so-survey-details [form]="form" [tools]="tools" [stored]="stored()" [errors]="errors" />
    </form>
  `,
})
class HostComponent {
  readonly form = surveyForm();
  readonly tools = TOOLS;
  readonly stored = signal<SurveyAdminDetailFragment | null>(null);
  readonly errors = new SurveyFormErrors(inject(I18nService));
}

async function render() {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byId = <T extends HTMLElement = HTMLElement>(testId: string) =>
    element.querySelector<T>(`[data-testid="${testId}"]`);
  const text = (testId: string) => byId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  return { fixture, host: fixture.componentInstance, element, byId, text };
}

jest.setTimeout(30_000);

describe('SurveyDetailsComponent', () => {
  it('should bind the title, description, tools and dates to the page’s form', async () => {
    const page = await render();
    const title = page.byId<HTMLInputElement>('survey-title-input') as HTMLInputElement;

    title.value = 'CRM pulse';
    title.dispatchEvent(new Event('input'));
    const tools = await TestbedHarnessEnvironment.loader(page.fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-tools"]' }),
    );
    await tools.clickOptions({ text: 'Aircall' });

    expect(page.host.form.controls.title.value).toBe('CRM pulse');
    expect(page.host.form.controls.toolIds.value).toEqual(['tool-dialer']);
    expect(page.byId<HTMLInputElement>('survey-opens-at')?.value).toBe(page.host.form.controls.opensAt.value);
    expect(page.byId('survey-meta')).toBeNull();
  });

  it('should show a stored survey’s status and wave', async () => {
    const page = await render();
    page.host.stored.set(detail({ status: 'SCHEDULED', wave: 3 }));
    await page.fixture.whenStable();

    expect(page.text('survey-meta')).toBe('Scheduled Wave 3');
    expect(page.byId('survey-meta')?.querySelector('.chip')?.classList).toContain('status-SCHEDULED');
  });

  it('should show each field’s problem once a save was tried', async () => {
    const page = await render();
    page.host.form.controls.closesAt.setValue('2000-01-01T09:00');

    page.host.form.markAllAsTouched();
    page.host.errors.refresh();
    await page.fixture.whenStable();

    expect(page.text('error-title')).toBe('Required');
    expect(page.text('error-toolIds')).toBe('Required');
    expect(page.text('error-closesAt')).toBe('Must be after the opening time');
    expect(page.text('error-opensAt')).toBeNull();
  });
});
