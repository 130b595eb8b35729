import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { SurveyAdminListGQL, SurveyAdminToolsGQL } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of } from 'rxjs';

import { type ActionOutcome, type DeleteOutcome, SurveyActions } from './survey-actions';
import { row, TOOLS } from './survey-fixtures';
import { SurveysPageComponent } from './surveys-page.component';

const ROWS = [
  row({ id: 'd1', title: 'Draft pulse', status: 'DRAFT' }),
  row({ id: 'o1', title: 'Open pulse', status: 'OPEN', responses: 12, anonymous: true, wave: 2 }),
  row({ id: 'c1', title: 'Closed pulse', status: 'CLOSED', responses: 30 }),
];

function setup(
  actions: Partial<Record<'publish' | 'close' | 'newWave' | 'deleteDraft', jest.Mock>> = {},
  surveys = ROWS,
) {
  const listFetch = jest.fn(() => of({ data: { surveys } }));
  const surveyActions = {
    publish: actions.publish ?? jest.fn(),
    close: actions.close ?? jest.fn(),
    newWave: actions.newWave ?? jest.fn(),
    deleteDraft: actions.deleteDraft ?? jest.fn(),
  };
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: MatSnackBar, useValue: { open: snack } },
      { provide: SurveyAdminListGQL, useValue: { fetch: listFetch } },
      { provide: SurveyAdminToolsGQL, useValue: { fetch: () => of({ data: { salesTools: TOOLS } }) } },
      { provide: SurveyActions, useValue: surveyActions },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { listFetch, surveyActions, snack };
}

async function render() {
  const fixture = TestBed.createComponent(SurveysPageComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(element.querySelectorAll<HTMLElement>('[data-testid="survey-row"]'));
  const rowOf = (title: string) => {
    const found = rows().find((r) => r.textContent?.includes(title));
    if (!found) throw new Error(`no row ${title}`);
    return found;
  };
  return { fixture, element, rows, rowOf, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('SurveysPageComponent', () => {
  it('should list every survey with its status, wave, tools, answers and the right action', async () => {
    setup();
    const { rows, rowOf } = await render();

    expect(rows().map((r) => r.getAttribute('data-status'))).toEqual(['DRAFT', 'OPEN', 'CLOSED']);
    const open = rowOf('Open pulse');
    expect(open.querySelector('[data-testid="survey-status"]')?.textContent?.trim()).toBe('Open');
    expect(open.textContent).toContain('Wave 2');
    expect(open.textContent).toContain('Salesforce Sales Cloud');
    expect(open.querySelector('[data-testid="survey-anonymous"]')).not.toBeNull();
    expect(open.querySelector('[data-testid="survey-responses"]')?.textContent?.trim()).toBe('12');
    expect(open.querySelector('[data-testid="survey-results"]')?.getAttribute('href')).toBe(
      '/surveys/o1/results',
    );

    const draft = rowOf('Draft pulse');
    expect(draft.querySelector('[data-testid="survey-edit"]')?.getAttribute('href')).toBe('/surveys/d1/edit');
    expect(draft.querySelector('[data-testid="survey-results"]')).toBeNull();
    expect(draft.querySelector('[data-testid="survey-anonymous"]')).toBeNull();
  });

  it('should ask the API again when the status filter changes', async () => {
    const { listFetch } = setup();
    const { loader, fixture } = await render();

    const status = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="survey-status-filter"]' }),
    );
    await status.clickOptions({ text: 'Closed' });
    await fixture.whenStable();
    expect(listFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: { status: 'CLOSED', toolId: null } }),
    );
  });

  it('should publish a draft from its menu, say so and reload the list', async () => {
    const publish = jest.fn(async (): Promise<ActionOutcome> => ({
      kind: 'done',
      survey: { ...ROWS[0], status: 'OPEN' },
    }));
    const { listFetch } = setup({ publish });
    const { element, fixture, rowOf } = await render();

    (rowOf('Draft pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="survey-publish"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(publish).toHaveBeenCalledWith(expect.objectContaining({ id: 'd1', version: 1 }));
    expect(element.querySelector('[data-testid="survey-notice"]')?.textContent).toContain(
      '“Draft pulse” is published.',
    );
    expect(listFetch).toHaveBeenCalledTimes(2);
  });

  it('should show why an action failed and keep the list as it was', async () => {
    const close = jest.fn(async (): Promise<ActionOutcome> => ({
      kind: 'failed',
      messages: ['This conflicts with an existing record.'],
    }));
    const { listFetch } = setup({ close });
    const { element, fixture, rowOf } = await render();

    (rowOf('Open pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="survey-publish"]')).toBeNull();
    (document.querySelector('[data-testid="survey-close"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="error-banner"]')?.textContent).toContain('conflicts');
    expect(listFetch).toHaveBeenCalledTimes(1);
  });

  it('should offer to delete a draft, and only a draft', async () => {
    setup();
    const { fixture, rowOf } = await render();

    for (const title of ['Open pulse', 'Closed pulse']) {
      (rowOf(title).querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
      await fixture.whenStable();
      expect(
        document.querySelector('[data-testid="survey-close"], [data-testid="survey-new-wave"]'),
      ).not.toBeNull();
      expect(document.querySelector('[data-testid="survey-delete"]')).toBeNull();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      (document.querySelector('.cdk-overlay-backdrop') as HTMLElement | null)?.click();
      await fixture.whenStable();
    }

    (rowOf('Draft pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="survey-delete"]')?.textContent?.trim()).toBe('Delete draft');
  });

  it('should delete a draft from its menu, say so and reload the list', async () => {
    const deleteDraft = jest.fn(async (): Promise<DeleteOutcome> => ({ kind: 'deleted' }));
    const { listFetch, snack } = setup({ deleteDraft });
    const { fixture, rowOf } = await render();

    (rowOf('Draft pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="survey-delete"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(deleteDraft).toHaveBeenCalledWith(expect.objectContaining({ id: 'd1', title: 'Draft pulse' }));
    expect(snack).toHaveBeenCalledWith('The draft “Draft pulse” was deleted.', undefined, { duration: 3000 });
    expect(listFetch).toHaveBeenCalledTimes(2);
  });

  it('should neither say nor reload anything when the delete was cancelled', async () => {
    const deleteDraft = jest.fn(async (): Promise<DeleteOutcome> => ({ kind: 'cancelled' }));
    const { listFetch, snack } = setup({ deleteDraft });
    const { fixture, rowOf } = await render();

    (rowOf('Draft pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="survey-delete"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(deleteDraft).toHaveBeenCalledTimes(1);
    expect(snack).not.toHaveBeenCalled();
    expect(listFetch).toHaveBeenCalledTimes(1);
  });

  it('should show why a draft was not deleted and reload to show its current status', async () => {
    const deleteDraft = jest.fn(async (): Promise<DeleteOutcome> => ({
      kind: 'failed',
      messages: [
        'The draft “Draft pulse” was not deleted.',
        'is a published survey: close it instead (its answers are kept)',
      ],
    }));
    const { listFetch, snack } = setup({ deleteDraft });
    const { element, fixture, rowOf } = await render();

    (rowOf('Draft pulse').querySelector('[data-testid="survey-more"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="survey-delete"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    const banner = element.querySelector('[data-testid="error-banner"]')?.textContent;
    expect(banner).toContain('The draft “Draft pulse” was not deleted.');
    expect(banner).toContain('is a published survey: close it instead');
    expect(snack).not.toHaveBeenCalled();
    expect(listFetch).toHaveBeenCalledTimes(2);
  });

  it('should say when there are no surveys yet', async () => {
    setup({}, []);
    const { element } = await render();
    expect(element.querySelector('[data-testid="surveys-empty"]')?.textContent).toContain('No surveys yet');
  });
});
