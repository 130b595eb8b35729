import { BreakpointObserver } from '@angular/cdk/layout';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  DeactivateRepGQL,
  EraseRepGQL,
  ReactivateRepGQL,
  type RepRowFragment,
  RepsGQL,
  type Role,
  SessionStore,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { renderPage } from '../testing/render-page';
import { COMPACT_QUERY, isErased, RepsPageComponent } from './reps-page.component';

function rep(overrides: Partial<RepRowFragment>): RepRowFragment {
  return {
    id: 'r',
    name: 'Rep',
    email: 'rep@salesops.demo',
    hireDate: '2023-02-01',
    active: true,
    teamId: 't1',
    team: { id: 't1', name: 'EMEA' },
    ...overrides,
  };
}

const REPS: RepRowFragment[] = [
  rep({ id: 'r1', name: 'Ann Active', email: 'ann@salesops.demo' }),
  rep({ id: 'r2', name: 'Dan Departed', email: 'dan@salesops.demo', active: false }),
  rep({ id: 'r3', name: 'Former rep 3F2A', email: 'erased-r3@erased.invalid', active: false }),
];

interface Options {
  readonly role?: Role;
  /** What the confirmation closes with. */
  readonly confirm?: boolean;
  readonly eraseError?: unknown;
  /** A phone-sized screen. */
  readonly compact?: boolean;
}

function setup(options: Options = {}) {
  const fetch = jest.fn(() =>
    of({
      data: {
        reps: {
          totalCount: REPS.length,
          pageInfo: { endCursor: null, hasNextPage: false },
          edges: REPS.map((node) => ({ cursor: node.id, node })),
        },
      },
    }),
  );
  const erase = jest.fn(({ variables }: { variables: { input: { id: string } } }) =>
    options.eraseError
      ? throwError(() => options.eraseError)
      : of({
          data: {
            eraseRep: {
              ...REPS.find((r) => r.id === variables.input.id),
              name: 'Former rep 9C1D',
              email: `erased-${variables.input.id}@erased.invalid`,
            },
          },
        }),
  );
  const reactivate = jest.fn(() => of({ data: {} }));
  const open = jest.fn((component: unknown) => ({
    afterClosed: () => of(component === ConfirmDialogComponent ? (options.confirm ?? false) : undefined),
  }));
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: RepsGQL, useValue: { fetch } },
      { provide: TeamOptionsGQL, useValue: { fetch: () => of({ data: { teams: { edges: [] } } }) } },
      { provide: DeactivateRepGQL, useValue: { mutate: jest.fn() } },
      { provide: ReactivateRepGQL, useValue: { mutate: reactivate } },
      { provide: EraseRepGQL, useValue: { mutate: erase } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
      { provide: SessionStore, useValue: { role: signal<Role>(options.role ?? 'ADMIN') } },
      {
        provide: BreakpointObserver,
        useValue: {
          observe: (query: string) =>
            of({ matches: query === COMPACT_QUERY && !!options.compact, breakpoints: {} }),
        },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, erase, reactivate, open, snack };
}

async function render() {
  const page = await renderPage(RepsPageComponent);
  return { ...page, rows: () => page.all('rep-row') };
}

describe('isErased', () => {
  it('should tell an erased rep by the placeholder email, in any case', () => {
    expect(isErased({ email: 'erased-r3@erased.invalid' })).toBe(true);
    expect(isErased({ email: 'ERASED-R3@Erased.Invalid' })).toBe(true);
    expect(isErased({ email: 'dan@salesops.demo' })).toBe(false);
    expect(isErased({ email: 'erased.invalid@salesops.demo' })).toBe(false);
  });
});

describe('RepsPageComponent', () => {
  it('should offer erasing only for a deactivated rep who was not erased yet', async () => {
    setup();
    const { all, text, rows } = await render();

    const [active, inactive, erased] = rows();
    expect(all('rep-erase', active)).toHaveLength(0);
    expect(all('rep-deactivate', active)).toHaveLength(1);

    expect(text('rep-erase', inactive)).toEqual(['Erase']);
    expect(all('rep-reactivate', inactive)).toHaveLength(1);
    expect(all('rep-edit', inactive)).toHaveLength(1);

    // An erased rep: no edit, reactivate or erase, just a label.
    expect(all('rep-erase', erased)).toHaveLength(0);
    expect(all('rep-reactivate', erased)).toHaveLength(0);
    expect(all('rep-edit', erased)).toHaveLength(0);
    expect(text('rep-erased', erased)).toEqual(['Erased']);
    expect(all('rep-erased')).toHaveLength(1);
  });

  it('should keep every action of a row in one wrapping group, pinned to the right edge, when the screen is wide', async () => {
    setup();
    const { all, rows, element } = await render();

    const [active, inactive] = rows();
    const group = active.querySelector('.row-actions');
    expect(group && all('rep-edit', group)).toHaveLength(1);
    expect(group && all('rep-move', group)).toHaveLength(1);
    expect(group && all('rep-deactivate', group)).toHaveLength(1);
    expect(inactive.querySelectorAll('.row-actions button')).toHaveLength(4);
    expect(all('rep-actions')).toHaveLength(0);
    // The actions column is sticky at the end: it stays in view however the table scrolls.
    expect(element.querySelector('td.mat-column-actions')?.classList).toContain('mat-mdc-table-sticky');
  });

  it("should offer a row's actions in a menu, erasing included, when the screen is a phone's", async () => {
    setup({ compact: true });
    const { all, rows, settle } = await render();

    const [active, inactive, erased] = rows();
    expect(all('rep-edit', active)).toHaveLength(0);
    expect(all('rep-actions', erased)).toHaveLength(0);
    const trigger = all('rep-actions', inactive)[0];
    expect(trigger.getAttribute('aria-label')).toBe('Actions for Dan Departed');

    trigger.click();
    await settle();
    const items = Array.from(document.querySelectorAll<HTMLElement>('.mat-mdc-menu-panel [mat-menu-item]'));
    expect(items.map((item) => item.getAttribute('data-testid'))).toEqual([
      'rep-edit',
      'rep-move',
      'rep-reactivate',
      'rep-erase',
    ]);
  });

  it('should erase only after a confirmation that says it is irreversible and what stays, then reload', async () => {
    const { open, erase, snack, fetch } = setup({ confirm: true });
    const { all, rows, settle } = await render();

    all('rep-erase', rows()[1])[0].click();
    await settle();

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Erase the personal data of Dan Departed?',
          text: expect.stringMatching(/cannot be undone.*deals, goals and pay stay, under the pseudonym/s),
          confirmLabel: 'Erase for good',
          danger: true,
        }),
      }),
    );
    expect(erase).toHaveBeenCalledTimes(1);
    expect(erase).toHaveBeenCalledWith({ variables: { input: { id: 'r2' } } });
    expect(snack).toHaveBeenCalledWith(
      'Dan Departed was erased; their figures now show as Former rep 9C1D.',
      undefined,
      { duration: 5000 },
    );
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should not erase when the confirmation is cancelled', async () => {
    const { open, erase, snack, fetch } = setup({ confirm: false });
    const { all, rows, settle } = await render();

    all('rep-erase', rows()[1])[0].click();
    await settle();

    expect(open).toHaveBeenCalledTimes(1);
    expect(erase).not.toHaveBeenCalled();
    expect(snack).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should show why the API refused to erase, e.g. erased already elsewhere', async () => {
    const { snack } = setup({
      confirm: true,
      eraseError: new CombinedGraphQLErrors({
        errors: [{ message: 'This rep was erased already', extensions: { code: 'CONFLICT', field: 'id' } }],
      }),
    });
    const { all, text, rows, settle } = await render();

    all('rep-erase', rows()[1])[0].click();
    await settle();

    expect(snack).not.toHaveBeenCalled();
    const banner = text('error-banner')[0];
    expect(banner).toContain('The personal data of Dan Departed could not be erased:');
    expect(banner).toContain('This rep was erased already');
  });

  it('should offer no erase to a manager, the API refusing them anyway', async () => {
    setup({ role: 'MANAGER' });
    const { all, rows } = await render();

    expect(all('rep-erase')).toHaveLength(0);
    expect(all('rep-reactivate', rows()[1])).toHaveLength(1);
    expect(all('rep-erased', rows()[2])).toHaveLength(1);
  });
});
