import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ArchiveTeamGQL,
  type Role,
  SessionStore,
  type TeamRowFragment,
  TeamsGQL,
  UnarchiveTeamGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { renderPage } from '../testing/render-page';
import { TeamsPageComponent } from './teams-page.component';

function team(overrides: Partial<TeamRowFragment>): TeamRowFragment {
  return {
    id: 't',
    name: 'Team',
    parentId: null,
    managerId: null,
    repCount: 0,
    createdAt: '2025-01-10T08:00:00.000Z',
    archivedAt: null,
    parent: null,
    manager: null,
    ...overrides,
  };
}

const LIVE = [
  team({ id: 't1', name: 'EMEA', repCount: 4 }),
  team({ id: 't2', name: 'Benelux', parentId: 't1', parent: { id: 't1', name: 'EMEA' } }),
];
const ARCHIVED = team({ id: 't3', name: 'Old Nordics', archivedAt: '2025-06-01T09:00:00.000Z' });

interface Options {
  readonly role?: Role;
  /** What the confirmation closes with. */
  readonly confirm?: boolean;
  readonly archiveError?: unknown;
  readonly unarchiveError?: unknown;
}

function setup(options: Options = {}) {
  const fetch = jest.fn(({ variables }: { variables: { filter: { includeArchived?: boolean } | null } }) => {
    const teams = variables.filter?.includeArchived ? [...LIVE, ARCHIVED] : LIVE;
    return of({
      data: {
        teams: {
          totalCount: teams.length,
          pageInfo: { endCursor: null, hasNextPage: false },
          edges: teams.map((node) => ({ cursor: node.id, node })),
        },
      },
    });
  });
  const archive = jest.fn(({ variables }: { variables: { id: string } }) =>
    options.archiveError
      ? throwError(() => options.archiveError)
      : of({
          data: {
            archiveTeam: {
              ...LIVE.find((t) => t.id === variables.id),
              archivedAt: '2025-07-01T00:00:00.000Z',
            },
          },
        }),
  );
  const unarchive = jest.fn(({ variables }: { variables: { id: string } }) =>
    options.unarchiveError
      ? throwError(() => options.unarchiveError)
      : of({ data: { unarchiveTeam: { ...ARCHIVED, id: variables.id, archivedAt: null } } }),
  );
  const open = jest.fn((component: unknown) => ({
    afterClosed: () => of(component === ConfirmDialogComponent ? (options.confirm ?? false) : undefined),
  }));
  const snack = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: TeamsGQL, useValue: { fetch } },
      { provide: ArchiveTeamGQL, useValue: { mutate: archive } },
      { provide: UnarchiveTeamGQL, useValue: { mutate: unarchive } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: snack } },
      { provide: SessionStore, useValue: { role: signal<Role>(options.role ?? 'ADMIN') } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { fetch, archive, unarchive, open, snack };
}

async function render() {
  const page = await renderPage(TeamsPageComponent);
  const rowOf = (name: string) => {
    const row = page.all('team-row').find((r) => page.text('team-row-name', r)[0] === name);
    if (!row) throw new Error(`No row for ${name}`);
    return row;
  };
  return { ...page, rowOf };
}

const LAST_VARIABLES = (fetch: jest.Mock) => fetch.mock.calls.at(-1)?.[0].variables;

describe('TeamsPageComponent', () => {
  it('should list the live teams only, with an archive action for each, until archived teams are asked for', async () => {
    const { fetch } = setup();
    const { text, all, element, settle, rowOf } = await render();

    expect(LAST_VARIABLES(fetch)).toEqual(expect.objectContaining({ filter: null }));
    expect(text('team-row-name')).toEqual(['EMEA', 'Benelux']);
    expect(all('team-archived')).toHaveLength(0);
    expect(all('team-archive')).toHaveLength(2);
    expect(all('team-unarchive')).toHaveLength(0);

    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    await settle();

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(LAST_VARIABLES(fetch)).toEqual(expect.objectContaining({ filter: { includeArchived: true } }));
    expect(text('team-row-name')).toEqual(['EMEA', 'Benelux', 'Old Nordics']);
    const archived = rowOf('Old Nordics');
    expect(text('team-archived', archived)).toEqual(['Archived']);
    expect(archived.classList.contains('inactive-row')).toBe(true);
    expect(rowOf('EMEA').classList.contains('inactive-row')).toBe(false);
    expect(text('team-unarchive', archived)).toEqual(['Bring back']);
    expect(all('team-archive', archived)).toHaveLength(0);
    expect(all('team-archived', rowOf('EMEA'))).toHaveLength(0);

    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    await settle();
    expect(LAST_VARIABLES(fetch)).toEqual(expect.objectContaining({ filter: null }));
    expect(text('team-row-name')).toEqual(['EMEA', 'Benelux']);
  });

  it('should keep the search next to includeArchived in the filter', async () => {
    const { fetch } = setup();
    const { element, settle } = await render();

    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    const input = element.querySelector('[data-testid="teams-search"]') as HTMLInputElement;
    input.value = 'nord';
    input.dispatchEvent(new Event('input'));
    // Past the search's 300 ms debounce.
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();

    expect(LAST_VARIABLES(fetch)).toEqual(
      expect.objectContaining({ filter: { search: 'nord', includeArchived: true } }),
    );
  });

  it('should archive a team only after the confirmation, then say so and reload', async () => {
    const { open, archive, fetch, snack } = setup({ confirm: true });
    const { all, settle, rowOf } = await render();

    all('team-archive', rowOf('Benelux'))[0].click();
    await settle();

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({
          title: 'Archive “Benelux”?',
          text: expect.stringContaining('Its history and figures stay'),
          confirmLabel: 'Archive',
          danger: true,
        }),
      }),
    );
    expect(archive).toHaveBeenCalledTimes(1);
    expect(archive).toHaveBeenCalledWith({ variables: { id: 't2' } });
    expect(snack).toHaveBeenCalledWith('The team “Benelux” was archived.', undefined, { duration: 3000 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should leave the team alone when the confirmation is cancelled', async () => {
    const { open, archive, fetch, snack } = setup({ confirm: false });
    const { all, settle } = await render();

    all('team-archive')[0].click();
    await settle();

    expect(open).toHaveBeenCalledTimes(1);
    expect(archive).not.toHaveBeenCalled();
    expect(snack).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should show why the API refused to archive, e.g. active reps in the team', async () => {
    const { snack } = setup({
      confirm: true,
      archiveError: new CombinedGraphQLErrors({
        errors: [
          {
            message: 'still has 4 active reps: move or deactivate them first',
            extensions: { code: 'BAD_USER_INPUT', field: 'id' },
          },
        ],
      }),
    });
    const { all, text, settle, rowOf, element } = await render();

    all('team-archive', rowOf('EMEA'))[0].click();
    await settle();

    expect(snack).not.toHaveBeenCalled();
    const banner = text('error-banner')[0];
    expect(banner).toContain('The team “EMEA” could not be archived:');
    expect(banner).toContain('still has 4 active reps: move or deactivate them first');

    // Retry clears the action error and loads again.
    (element.querySelector('[data-testid="error-banner"] button') as HTMLButtonElement).click();
    await settle();
    expect(all('error-banner')).toHaveLength(0);
  });

  it('should bring an archived team back and show a refusal when the team above is archived', async () => {
    const { unarchive, snack, fetch } = setup({
      unarchiveError: new CombinedGraphQLErrors({
        errors: [
          {
            message: 'is below EMEA, which is archived: bring that team back first',
            extensions: { code: 'BAD_USER_INPUT', field: 'id' },
          },
        ],
      }),
    });
    const { all, text, element, settle, rowOf } = await render();
    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    await settle();

    all('team-unarchive', rowOf('Old Nordics'))[0].click();
    await settle();

    expect(unarchive).toHaveBeenCalledWith({ variables: { id: 't3' } });
    expect(snack).not.toHaveBeenCalled();
    expect(text('error-banner')[0]).toContain('is below EMEA, which is archived');
    expect(LAST_VARIABLES(fetch)).toEqual(expect.objectContaining({ filter: { includeArchived: true } }));
  });

  it('should say so when a team is back', async () => {
    const { unarchive, snack, open } = setup();
    const { all, element, settle, rowOf } = await render();
    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    await settle();

    all('team-unarchive', rowOf('Old Nordics'))[0].click();
    await settle();

    expect(open).not.toHaveBeenCalled();
    expect(unarchive).toHaveBeenCalledTimes(1);
    expect(snack).toHaveBeenCalledWith('The team “Old Nordics” is back.', undefined, { duration: 3000 });
  });

  it('should offer no archive actions to a manager, the API refusing them anyway', async () => {
    setup({ role: 'MANAGER' });
    const { all, element, settle } = await render();
    (element.querySelector('[data-testid="teams-show-archived"] button') as HTMLButtonElement).click();
    await settle();

    expect(all('team-row')).toHaveLength(3);
    expect(all('team-archive')).toHaveLength(0);
    expect(all('team-unarchive')).toHaveLength(0);
    expect(all('team-archived')).toHaveLength(1);
    expect(all('team-edit')).toHaveLength(3);
  });
});
