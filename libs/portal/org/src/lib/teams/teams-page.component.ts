import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import {
  ArchiveTeamGQL,
  keptWhileLoading,
  SessionStore,
  shownErrors,
  type TeamFilter,
  type TeamRowFragment,
  TeamsGQL,
  type TeamSort,
  UnarchiveTeamGQL,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import {
  type ConfirmDialogData,
  confirmed,
  CursorPagerComponent,
  CursorStack,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
} from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';

import { loadedFor, narrowWhileSearching } from '../search/narrow-while-searching';
import { TeamDialogComponent, type TeamDialogData } from './team-dialog.component';

const PAGE_SIZE = 20;

/** The list filter: null when nothing narrows or widens the default list of live teams. */
function teamFilter(search: string, includeArchived: boolean): TeamFilter | null {
  if (!search && !includeArchived) return null;
  return { ...(search ? { search } : {}), ...(includeArchived ? { includeArchived: true } : {}) };
}

@Component({
  selector: 'so-teams-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    CursorPagerComponent,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-page.component.html',
  styleUrl: '../org-page.scss',
})
export class TeamsPageComponent {
  private readonly teamsGql = inject(TeamsGQL);
  private readonly archiveGql = inject(ArchiveTeamGQL);
  private readonly unarchiveGql = inject(UnarchiveTeamGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly columns = ['name', 'parent', 'manager', 'repCount', 'createdAt', 'actions'];
  protected readonly pages = new CursorStack();
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  private readonly sort = signal<TeamSort>({ field: 'NAME', direction: 'ASC' });
  protected readonly includeArchived = signal(false);
  /** Archiving is for administrators (the API answers FORBIDDEN to anyone else). */
  protected readonly canArchive = computed(() => this.session.role() === 'ADMIN');
  protected readonly actionErrors = signal<readonly string[]>([]);
  /** The team being archived or brought back, so its button waits. */
  protected readonly working = signal<string | null>(null);

  protected readonly teams = rxResource({
    params: () => ({
      first: PAGE_SIZE,
      after: this.pages.cursor(),
      filter: teamFilter(this.search(), this.includeArchived()),
      sort: this.sort(),
    }),
    stream: ({ params }) =>
      this.teamsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => loadedFor(result.data?.teams, params.filter?.search))),
  });

  // Keep showing the last page while the next one loads, so the table does not flicker.
  protected readonly page = keptWhileLoading(this.teams);
  private readonly typed = toSignal(this.searchControl.valueChanges, { initialValue: '' });
  protected readonly rows = computed<TeamRowFragment[]>(() =>
    narrowWhileSearching(this.page(), this.typed(), (team) => [team.name]),
  );
  protected readonly loadErrors = computed(() =>
    this.teams.error() ? shownErrors(this.teams.error(), this.i18n).banner : [],
  );
  protected readonly banner = computed(() => [...this.loadErrors(), ...this.actionErrors()]);

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => {
        this.pages.reset();
        this.search.set(value.trim());
      });
  }

  protected onSort(sort: Sort): void {
    this.pages.reset();
    this.sort.set({
      field: sort.active === 'createdAt' ? 'CREATED_AT' : 'NAME',
      direction: sort.direction === 'desc' ? 'DESC' : 'ASC',
    });
  }

  protected setIncludeArchived(include: boolean): void {
    this.pages.reset();
    this.includeArchived.set(include);
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.teams.reload();
  }

  protected nextPage(): void {
    this.pages.next(this.page()?.pageInfo.endCursor);
  }

  protected openDialog(team: TeamRowFragment | null): void {
    const data: TeamDialogData = { team };
    this.dialog
      .open(TeamDialogComponent, { data, width: '520px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((saved: unknown) => {
        if (saved) this.teams.reload();
      });
  }

  /** Archives a live team after a confirmation; the API refuses one with active reps or live teams below. */
  protected async archive(team: TeamRowFragment): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('teams.archiveTitle', { name: team.name }),
      text: this.i18n.t('teams.archiveText', { name: team.name }),
      confirmLabel: this.i18n.t('teams.archive'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    if (!(await confirmed(this.dialog, data))) return;
    await this.run(team, 'teams.archivedSnack', 'teams.archiveFailed', () =>
      firstValueFrom(this.archiveGql.mutate({ variables: { id: team.id } })),
    );
  }

  /** Brings an archived team back; nothing is lost by it, so no confirmation. */
  protected async unarchive(team: TeamRowFragment): Promise<void> {
    await this.run(team, 'teams.unarchivedSnack', 'teams.unarchiveFailed', () =>
      firstValueFrom(this.unarchiveGql.mutate({ variables: { id: team.id } })),
    );
  }

  private async run(
    team: TeamRowFragment,
    done: TranslationKey,
    failed: TranslationKey,
    mutate: () => Promise<unknown>,
  ): Promise<void> {
    this.actionErrors.set([]);
    this.working.set(team.id);
    try {
      await mutate();
      this.snackBar.open(this.i18n.t(done, { name: team.name }), undefined, { duration: 3000 });
    } catch (error) {
      // The API says why (active reps, a live team below, the team above archived): shown under a headline naming the team.
      const shown = shownErrors(error, this.i18n, ['id']);
      this.actionErrors.set([
        this.i18n.t(failed, { name: team.name }),
        ...Object.values(shown.fields),
        ...shown.banner,
      ]);
    } finally {
      this.working.set(null);
      // Done or not, the list shows what the API now holds (someone else may have changed the team).
      this.teams.reload();
    }
  }
}
