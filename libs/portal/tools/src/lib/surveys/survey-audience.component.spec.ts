import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { MatSelectHarness } from '@angular/material/select/testing';
import { By } from '@angular/platform-browser';
import { I18nService } from '@salesops/portal/i18n';

import { RepPickerComponent } from './rep-picker.component';
import { SurveyAudienceComponent } from './survey-audience.component';
import { liveDraft, surveyForm, watchSurveyRules } from './survey-form';
import { SurveyFormErrors } from './survey-form-errors';

// The section inside a form, as the editor page holds it.
@Component({
  imports: [ReactiveFormsModule, SurveyAudienceComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <so-survey-audience
        [form]="form"
        [draft]="draft()"
        [teams]="teams"
        [reps]="reps"
        [readOnly]="readOnly()"
        [errors]="errors"
      />
    </form>
  `,
})
class HostComponent {
  readonly form = surveyForm();
  readonly draft = liveDraft(this.form);
  readonly teams = [
    { id: 't1', name: 'East' },
    { id: 't2', name: 'West' },
  ];
  readonly reps = [{ id: 'r1', name: 'Anna Snelling', email: 'anna@x', active: true, teamName: 'East' }];
  readonly readOnly = signal(false);
  readonly errors = new SurveyFormErrors(inject(I18nService));

  constructor() {
    watchSurveyRules(this.form, inject(DestroyRef));
  }
}

async function render() {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byId = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const text = (testId: string) => byId(testId)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const choose = async (audience: string) => {
    byId(`audience-${audience}`)?.querySelector('input')?.click();
    await fixture.whenStable();
  };
  return { fixture, host: fixture.componentInstance, element, byId, text, choose };
}

jest.setTimeout(30_000);

describe('SurveyAudienceComponent', () => {
  it('should ask how many answers an anonymous survey needs, and explain named and anonymous', async () => {
    const page = await render();
    expect(page.byId('survey-min-answers')).toBeNull();
    expect(page.element.textContent).toContain('Names are kept with the answers');

    page.byId('survey-anonymous')?.querySelector('button')?.click();
    await page.fixture.whenStable();

    expect(page.host.form.controls.anonymous.value).toBe(true);
    expect((page.byId('survey-min-answers') as HTMLInputElement).value).toBe('5');
    expect(page.element.textContent).not.toContain('Names are kept with the answers');
  });

  it('should pick teams or reps only for those audiences', async () => {
    const page = await render();
    expect(page.byId('survey-teams')).toBeNull();
    expect(page.byId('rep-search')).toBeNull();

    await page.choose('TEAMS');
    const teams = await TestbedHarnessEnvironment.loader(page.fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-teams"]' }),
    );
    await teams.clickOptions({ text: 'West' });
    expect(page.host.form.controls.audienceTeamIds.value).toEqual(['t2']);

    await page.choose('REPS');
    expect(page.byId('survey-teams')).toBeNull();
    expect(page.byId('rep-search')).not.toBeNull();
    expect(page.host.form.controls.audience.value).toBe('REPS');
  });

  it('should keep the reps picked, and say when none is left', async () => {
    const page = await render();
    await page.choose('REPS');
    const picker = page.fixture.debugElement.query(By.directive(RepPickerComponent))
      .componentInstance as RepPickerComponent;

    picker.selectedChange.emit(['r1']);
    await page.fixture.whenStable();
    expect(page.host.form.controls.audienceRepIds.value).toEqual(['r1']);
    expect(page.text('rep-chip')).toContain('Anna Snelling');

    picker.selectedChange.emit([]);
    await page.fixture.whenStable();
    expect(page.host.form.controls.audienceRepIds.touched).toBe(true);
    expect(page.text('error-audienceRepIds')).toBe('Choose at least one rep');
  });

  it('should show what the API said about the audience once the errors are read again', async () => {
    const page = await render();

    page.host.form.controls.audience.setErrors({ server: 'No seats on these tools' });
    page.host.errors.refresh();
    await page.fixture.whenStable();

    expect(page.text('error-audience')).toBe('No seats on these tools');
    expect(page.text('error-anonymous')).toBeNull();
  });
});
