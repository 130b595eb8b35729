import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { todayIsoDate } from '@salesops/domain';
import {
  AssignToolSeatsGQL,
  ReleaseToolSeatGQL,
  ToolSeatRepsGQL,
  type ToolSeatRowFragment,
  ToolSeatsGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent } from '@salesops/portal/ui';
import { of, throwError } from 'rxjs';

import { TOOL } from './tool-fixtures';
import { ToolSeatsDialogComponent, type ToolSeatsDialogData } from './tool-seats-dialog.component';

const seat = (id: string, repId: string, repName: string): ToolSeatRowFragment => ({
  id,
  toolId: 't1',
  repId,
  repName,
  startsOn: '2025-10-23',
  endsOn: null,
});
const rep = (id: string, name: string) => ({
  id,
  name,
  email: `${id}@x`,
  team: { id: 'team', name: 'East' },
});
const REPS = {
  reps: {
    totalCount: 4,
    pageInfo: { endCursor: 'c1', hasNextPage: false },
    edges: [
      rep('r1', 'Anna Snelling'),
      rep('r2', 'Boris Faz'),
      rep('r3', 'Carl Lin'),
      rep('r4', 'Dora Diaz'),
    ].map((node) => ({ node })),
  },
};

interface Options {
  readonly canEdit?: boolean;
  readonly seats?: ToolSeatRowFragment[][];
  readonly assign?: jest.Mock;
  readonly confirmed?: boolean;
  readonly seatsBought?: number;
}

function setup(options: Options = {}) {
  const pages = options.seats ?? [[seat('s1', 'r1', 'Anna Snelling')]];
  let call = 0;
  const seatsFetch = jest.fn(() => of({ data: { toolSeats: pages[Math.min(call++, pages.length - 1)] } }));
  const repsFetch = jest.fn(() => of({ data: REPS }));
  const assign =
    options.assign ?? jest.fn(() => of({ data: { assignToolSeats: { assigned: 2, alreadyHeld: 0 } } }));
  const release = jest.fn(() =>
    of({ data: { releaseToolSeat: { ...seat('s1', 'r1', 'Anna Snelling'), endsOn: todayIsoDate() } } }),
  );
  const open = jest.fn(() => ({ afterClosed: () => of(options.confirmed ?? true) }));
  const changed = jest.fn();
  const data: ToolSeatsDialogData = {
    tool: { ...TOOL, seatsBought: options.seatsBought ?? TOOL.seatsBought },
    canEdit: options.canEdit ?? true,
    changed,
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: ToolSeatsGQL, useValue: { fetch: seatsFetch } },
      { provide: ToolSeatRepsGQL, useValue: { fetch: repsFetch } },
      { provide: AssignToolSeatsGQL, useValue: { mutate: assign } },
      { provide: ReleaseToolSeatGQL, useValue: { mutate: release } },
      { provide: MatDialog, useValue: { open } },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { seatsFetch, repsFetch, assign, release, open, changed };
}

async function render() {
  const fixture = TestBed.createComponent(ToolSeatsDialogComponent);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string) => all(testId).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  const check = async (index: number) => {
    all('seat-rep-option')[index].querySelector('input')?.click();
    await fixture.whenStable();
  };
  const click = async (testId: string, index = 0) => {
    all(testId)[index].click();
    await fixture.whenStable();
    await fixture.whenStable();
  };
  return { fixture, element, all, text, check, click };
}

describe('ToolSeatsDialogComponent', () => {
  it('should list the holders and offer the other active reps a seat', async () => {
    const { repsFetch } = setup();
    const { text } = await render();

    expect(text('seat-holder-name')).toEqual(['Anna Snelling']);
    expect(text('seat-holder')[0]).toContain('since Oct 23, 2025');
    expect(text('seats-summary')[0]).toBe('1 of 35 seats in use (2.9%)');
    // Anna holds a seat already: she is shown, ticked and disabled.
    expect(text('seat-rep-held')).toEqual(['Anna Snelling · has a seat']);
    expect(text('seat-rep-option').map((label) => label?.split(' · ')[0])).toEqual([
      'Boris Faz',
      'Carl Lin',
      'Dora Diaz',
    ]);
    expect(repsFetch).toHaveBeenCalledWith({
      variables: { first: 50, after: null, search: null },
      fetchPolicy: 'network-only',
    });
  });

  it('should give the chosen reps a seat from the chosen day and refresh the holders', async () => {
    const { assign, changed, seatsFetch } = setup({
      seats: [
        [seat('s1', 'r1', 'Anna Snelling')],
        [seat('s1', 'r1', 'Anna Snelling'), seat('s2', 'r2', 'Boris Faz'), seat('s3', 'r3', 'Carl Lin')],
      ],
    });
    const { check, click, text, all } = await render();

    expect(all('seat-assign')[0].hasAttribute('disabled')).toBe(true);
    await check(0);
    await check(1);
    expect(text('seat-assign')).toEqual(['Give seats (2)']);
    await click('seat-assign');

    expect(assign).toHaveBeenCalledWith({
      variables: { input: { toolId: 't1', repIds: ['r2', 'r3'], startsOn: todayIsoDate() } },
    });
    expect(text('seats-message')).toEqual(['Gave 2 seats.']);
    expect(changed).toHaveBeenCalled();
    expect(seatsFetch).toHaveBeenCalledTimes(2);
    expect(text('seat-holder-name')).toEqual(['Anna Snelling', 'Boris Faz', 'Carl Lin']);
    expect(text('seats-summary')[0]).toContain('3 of 35 seats in use');
  });

  it('should warn before giving more seats than were bought', async () => {
    setup({ seatsBought: 2 });
    const { check, text } = await render();

    await check(0);
    expect(text('seat-over-bought')).toEqual([]);
    await check(1);
    expect(text('seat-over-bought')).toEqual(['That makes 3 seats in use, more than the 2 bought.']);
  });

  it('should show why seats could not be given', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'repIds.0: is not a rep',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'repIds.0', message: 'is not a rep' }],
          },
        },
      ],
    });
    const { changed } = setup({ assign: jest.fn(() => throwError(() => error)) });
    const { check, click, text } = await render();

    await check(0);
    await click('seat-assign');

    expect(text('error-banner')[0]).toContain('is not a rep');
    expect(changed).not.toHaveBeenCalled();
  });

  it('should release a seat once confirmed', async () => {
    const { open, release, changed } = setup({ seats: [[seat('s1', 'r1', 'Anna Snelling')], []] });
    const { click, text } = await render();

    await click('seat-release');

    expect(open).toHaveBeenCalledWith(
      ConfirmDialogComponent,
      expect.objectContaining({
        data: expect.objectContaining({ title: 'Release the seat of Anna Snelling?', danger: true }),
      }),
    );
    expect(release).toHaveBeenCalledWith({ variables: { input: { seatId: 's1' } } });
    expect(changed).toHaveBeenCalled();
    expect(text('seats-message')).toEqual(['Released the seat of Anna Snelling.']);
    expect(text('seat-holders-empty')).toEqual(['Nobody holds a seat yet.']);
  });

  it('should not release a seat when the user cancels', async () => {
    const { release } = setup({ confirmed: false });
    const { click } = await render();
    await click('seat-release');
    expect(release).not.toHaveBeenCalled();
  });

  it('should only list the holders for a manager', async () => {
    const { repsFetch } = setup({ canEdit: false });
    const { all, text } = await render();

    expect(text('seat-holder-name')).toEqual(['Anna Snelling']);
    expect(all('seat-release')).toHaveLength(0);
    expect(all('seat-reps')).toHaveLength(0);
    expect(all('seat-assign')).toHaveLength(0);
    expect(repsFetch).not.toHaveBeenCalled();
  });
});
