import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { MatSelectHarness } from '@angular/material/select/testing';
import { I18nService } from '@salesops/portal/i18n';

import { TOOLS } from './survey-fixtures';
import { liveDraft, surveyForm } from './survey-form';
import { SurveyFormErrors } from './survey-form-errors';
import { SurveyQuestionsComponent } from './survey-questions.component';

// The section inside a form, as the editor page holds it.
@Component({
  imports: [ReactiveFormsModule, SurveyQuestionsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <so-survey-questions
        [questions]="form.controls.questions"
        [draft]="draft()"
        [tools]="tools"
        [readOnly]="readOnly()"
        [errors]="errors"
      />
    </form>
  `,
})
class HostComponent {
  readonly form = surveyForm();
  readonly draft = liveDraft(this.form);
  readonly tools = TOOLS;
  readonly readOnly = signal(false);
  readonly errors = new SurveyFormErrors(inject(I18nService));
}

async function render(toolIds: string[] = ['tool-dialer']) {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(HostComponent);
  const host = fixture.componentInstance;
  host.form.controls.toolIds.setValue(toolIds);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string, root: ParentNode = element) =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const byId = (testId: string, root: ParentNode = element) => all(testId, root)[0];
  const click = async (testId: string, root: ParentNode = element) => {
    byId(testId, root).click();
    await fixture.whenStable();
  };
  const cards = () => all('question-card');
  const text = (testId: string, root: ParentNode = element) =>
    byId(testId, root)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  return { fixture, host, element, all, byId, click, cards, text, loader };
}

jest.setTimeout(30_000);

describe('SurveyQuestionsComponent', () => {
  it('should add a question of each kind, suggesting a prompt about the survey’s first tool', async () => {
    const page = await render();

    for (const id of ['add-csat', 'add-nps', 'add-single', 'add-text-likes', 'add-text-other'])
      await page.click(id);

    const prompts = page.all('question-prompt').map((p) => (p as HTMLTextAreaElement).value);
    expect(prompts).toEqual([
      'How satisfied are you with Aircall?',
      'How likely are you to recommend Aircall to a colleague?',
      '',
      'What do you like about Aircall?',
      '',
    ]);
    expect(page.cards().map((card) => card.getAttribute('data-kind'))).toEqual([
      'CSAT',
      'NPS',
      'SINGLE_CHOICE',
      'TEXT',
      'TEXT',
    ]);
    expect(page.all('option-input', page.cards()[2])).toHaveLength(2);
    const values = page.host.form.controls.questions.getRawValue();
    expect(values.map((q) => [q.toolId, q.textTopic])).toEqual([
      ['tool-dialer', null],
      ['tool-dialer', null],
      [null, null],
      [null, 'LIKES'],
      [null, 'OTHER'],
    ]);
    expect(page.text('questions-empty')).toBeNull();
  });

  it('should speak of "this tool" and ask for the survey’s tools first when none is chosen', async () => {
    const page = await render([]);
    expect(page.text('questions-empty')).toBe('No questions yet. Add one below.');

    await page.click('add-csat');

    expect((page.byId('question-prompt') as HTMLTextAreaElement).value).toBe(
      'How satisfied are you with this tool?',
    );
    expect(page.cards()[0].textContent).toContain('Choose the survey’s tools first');
  });

  it('should warn when a tool of the survey gets no CSAT or NPS question, until one asks about it', async () => {
    const { click, text, byId } = await render(['tool-dialer']);
    expect(text('unscored-tools')).toBe(
      'No CSAT or NPS question asks about Aircall: the scorecard will get no satisfaction score for it from this survey.',
    );
    await click('add-text-likes');
    expect(byId('unscored-tools')).toBeDefined();
    await click('add-csat');
    expect(byId('unscored-tools')).toBeUndefined();
  });

  it('should offer only the survey’s own tools to a question', async () => {
    const page = await render(['tool-crm']);
    await page.click('add-nps');

    const select = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="question-tool"]' }),
    );
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'No particular tool',
      'Salesforce Sales Cloud',
    ]);
  });

  it('should move and remove questions in place, and say when none is left', async () => {
    const page = await render();
    await page.click('add-csat');
    await page.click('add-nps');
    await page.click('add-text-likes');

    expect((page.byId('question-up', page.cards()[0]) as HTMLButtonElement).disabled).toBe(true);
    expect((page.byId('question-down', page.cards()[2]) as HTMLButtonElement).disabled).toBe(true);
    await page.click('question-up', page.cards()[2]);
    await page.click('question-down', page.cards()[0]);
    expect(page.cards().map((card) => card.getAttribute('data-kind'))).toEqual(['TEXT', 'CSAT', 'NPS']);

    for (let i = 0; i < 3; i++) await page.click('question-remove', page.cards()[0]);
    expect(page.cards()).toHaveLength(0);
    expect(page.text('error-questions')).toBe('Add at least one question');
  });

  it('should add options up to the limit, remove them, and refuse too few once touched', async () => {
    const page = await render();
    await page.click('add-multi');
    const card = () => page.cards()[0];

    await page.click('option-remove', card());
    expect(page.all('option-input', card())).toHaveLength(1);
    expect(page.text('error-question-options', card())).toBe('Give at least 2 options');

    while (page.byId('option-add', card())) await page.click('option-add', card());
    expect(page.all('option-input', card())).toHaveLength(20);
  });

  it('should give a question what its new kind needs when the kind is changed', async () => {
    const page = await render();
    await page.click('add-text-other');

    const kind = await page.loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="question-kind"]' }),
    );
    await kind.clickOptions({ text: 'Single choice' });
    await page.fixture.whenStable();

    expect(page.cards()[0].getAttribute('data-kind')).toBe('SINGLE_CHOICE');
    expect(page.all('option-input', page.cards()[0])).toHaveLength(2);
    expect(page.byId('question-topic')).toBeUndefined();
  });

  it('should show what the API said about a question once the errors are read again', async () => {
    const page = await render();
    await page.click('add-csat');

    page.host.form.controls.questions.at(0).controls.kind.setErrors({ server: 'Not for this audience' });
    page.host.errors.refresh();
    await page.fixture.whenStable();

    expect(page.text('error-question')).toBe('Not for this audience');
  });

  it('should offer no way to change the questions when read-only', async () => {
    const page = await render();
    await page.click('add-single');
    page.host.readOnly.set(true);
    await page.fixture.whenStable();

    for (const id of [
      'add-csat',
      'question-up',
      'question-down',
      'question-remove',
      'option-add',
      'option-remove',
    ])
      expect(page.byId(id)).toBeUndefined();
    expect(page.cards()).toHaveLength(1);
  });
});
