import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  CreateCompPlanGQL,
  type PlanVersionDetailFragment,
  PlanVersionGQL,
  SavePlanDraftGQL,
  SessionStore,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { of, throwError } from 'rxjs';

import { myPlan } from '../plans/plan-fixtures';
import { PlanEditorPageComponent } from './plan-editor-page.component';
import { PlanVersionActions } from './plan-version-actions';

const DRAFT: PlanVersionDetailFragment = {
  ...myPlan().version,
  id: 'v3',
  number: 3,
  status: 'DRAFT',
  publishedAt: null,
  version: 7,
};

function setup(role: 'ADMIN' | 'MANAGER', version: PlanVersionDetailFragment = DRAFT) {
  const save = jest.fn(() => of({ data: { savePlanDraft: { ...version, version: version.version + 1 } } }));
  const create = jest.fn(() => of({ data: { createCompPlan: { ...DRAFT, id: 'v10' } } }));
  const actions = {
    confirm: jest.fn(async () => true),
    run: jest.fn(async () => ({
      ...version,
      status: 'PUBLISHED' as const,
      publishedAt: '2018-01-01T00:00:00Z',
    })),
    newVersion: jest.fn(),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: PlanVersionGQL, useValue: { fetch: () => of({ data: { planVersion: version } }) } },
      { provide: SavePlanDraftGQL, useValue: { mutate: save } },
      { provide: CreateCompPlanGQL, useValue: { mutate: create } },
      { provide: PlanVersionActions, useValue: actions },
      { provide: SessionStore, useValue: { role: signal(role) } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { save, create, actions };
}

async function render(versionId?: string) {
  const fixture = TestBed.createComponent(PlanEditorPageComponent);
  if (versionId) fixture.componentRef.setInput('versionId', versionId);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const find = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const all = (id: string) => element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`);
  const type = async (field: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string) => {
    if (!field) throw new Error('no field');
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const click = async (id: string) => {
    find(id)?.click();
    await fixture.whenStable();
  };
  return { fixture, element, find, all, type, click };
}

// The editor renders a whole plan (two measures, tiers, a chart): slower than a small page on a busy runner.
jest.setTimeout(30_000);

describe('PlanEditorPageComponent', () => {
  it('should draw the curve from the rules as typed and keep a draft with broken rules from the API', async () => {
    const { save } = setup('ADMIN');
    const { find, all, type, click } = await render('v3');
    expect(find('plan-document')).not.toBeNull();
    expect(all('payout-chart-series')).toHaveLength(3);
    await type(all('measure-weight')[0] as HTMLInputElement, '0.7');
    expect(find('payout-chart')).toBeNull();
    expect(find('payout-chart-none')?.textContent).toContain('once the rules are complete');
    expect(find('editor-unsaved')).not.toBeNull();
    expect(find<HTMLButtonElement>('plan-publish')?.disabled).toBe(true);
    await click('plan-save');
    expect(save).not.toHaveBeenCalled();
    expect(find('error-measures')?.textContent).toContain('add up to 0.95; they must add up to 1');
    expect(find('error-banner')?.textContent).toContain('Nothing was saved');
  });

  it('should say the rules in plain words as they are typed, and nothing while they do not hold', async () => {
    setup('ADMIN');
    const { find, all, type } = await render('v3');
    expect(find('editor-words')?.textContent).toContain('75% of the target pay');
    expect(find('editor-words')?.textContent).toContain('25% of the target pay');
    await type(all('measure-weight')[0] as HTMLInputElement, '0.6');
    expect(find('editor-words')).toBeNull();
    expect(find('editor-words-none')?.textContent).toContain('once the rules are complete');
    await type(all('measure-weight')[1] as HTMLInputElement, '0.4');
    expect(find('editor-words')?.textContent).toContain('60% of the target pay');
    expect(find('editor-words')?.textContent).toContain('40% of the target pay');
  });

  it('should save a draft with the version read and show the rendered document without its script', async () => {
    const { save } = setup('ADMIN');
    const { find, all, type, click } = await render('v3');
    await type(all('measure-label')[0] as HTMLInputElement, 'Own revenue');
    await click('plan-save');
    expect(save).toHaveBeenCalledWith({
      variables: {
        input: expect.objectContaining({
          versionId: 'v3',
          expectedVersion: 7,
          content: expect.objectContaining({ effectiveFrom: '2017-01-01' }),
        }),
      },
    });
    const sent = (
      save.mock.calls[0] as unknown as [
        { variables: { input: { content: { rules: { measures: { label: string }[] } } } } },
      ]
    )[0];
    expect(sent.variables.input.content.rules.measures[0].label).toBe('Own revenue');
    expect(find('editor-unsaved')).toBeNull();
    find('document-preview-toggle')?.querySelector('button')?.click();
    await click('nothing');
    const preview = find('plan-document-preview');
    expect(preview?.querySelector('h1')?.textContent).toBe('The plan');
    expect(preview?.innerHTML).not.toContain('<script');
  });

  it('should put the API field errors next to their fields and the rest in the banner', async () => {
    const { save } = setup('ADMIN');
    save.mockReturnValue(
      throwError(() => ({
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'input.content.effectiveTo', message: 'must be after effectiveFrom' },
                { field: 'input.expectedVersion', message: 'reload it' },
              ],
            },
          },
        ],
      })) as never,
    );
    const { find, type, click } = await render('v3');
    await type(find<HTMLInputElement>('plan-effective-to'), '2016-01-01');
    await click('plan-save');
    expect(find('error-effectiveTo')?.textContent).toContain('must be after effectiveFrom');
    expect(find('error-banner')?.textContent).toContain('reload it');
  });

  it('should create a named plan and open its draft when an admin writes a new one', async () => {
    const { create } = setup('ADMIN');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { find, type, click } = await render();
    expect(find<HTMLTextAreaElement>('plan-document')?.value).toContain('# Plan name');
    await click('plan-save');
    expect(find('error-name')?.textContent).toContain('Give the plan a name');
    expect(create).not.toHaveBeenCalled();
    await type(find<HTMLInputElement>('plan-name'), 'AE 2018');
    await click('plan-save');
    expect(create).toHaveBeenCalledWith({
      variables: { input: expect.objectContaining({ name: 'AE 2018', content: expect.anything() }) },
    });
    expect(navigate).toHaveBeenCalledWith(['/compensation/plans', 'v10'], { replaceUrl: true });
  });

  it('should publish a saved draft once the admin confirms', async () => {
    const { actions } = setup('ADMIN');
    const { find, click } = await render('v3');
    await click('plan-publish');
    expect(actions.confirm).toHaveBeenCalledWith('publish', DRAFT);
    expect(actions.run).toHaveBeenCalledWith('publish', 'v3');
    expect(find('editor-status')?.textContent).toContain('Published');
    expect(find('plan-save')).toBeNull();
    expect(find('plan-retire')).not.toBeNull();
  });

  it('should let a manager read a version without changing it', async () => {
    setup('MANAGER', myPlan().version);
    const { find, all } = await render('v2');
    expect(find('plan-save')).toBeNull();
    expect(find('plan-new-version')).toBeNull();
    expect(find('plan-document-preview')).not.toBeNull();
    expect((all('measure-weight')[0] as HTMLInputElement).disabled).toBe(true);
  });
});
