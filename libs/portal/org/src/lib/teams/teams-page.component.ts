import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import {
  ArchiveTeamGQL,
  SessionStore,
  shownErrors,
  type TeamFilter,
  type TeamRowFragment,
  TeamsGQL,
  type TeamSortField,
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
  ErrorBannerComponent,
  type ListSort,
  listSort,
  PagedList,
  PagedListComponent,
  PageHeaderComponent,
  SearchBox,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { loadedFor, narrowWhileSearching } from '../search/narrow-while-searching';
import { TeamDialogComponent, type TeamDialogData } from './team-dialog.component';

const SORT_FIELDS: Readonly<Record<string, TeamSortField>> = { name: 'NAME', createdAt: 'CREATED_AT' };

/** The list filter: null when nothing narrows or widens the default list of live teams. */
function teamFilter(search: string, includeArchived: boolean): TeamFilter | null {
  if (!search && !includeArchived) return null;
  return { ...(search ? { search } : {}), ...(includeArchived ? { includeArchived: true } : {}) };
}

@Component({
  selector: 'so-teams-page',
  imports: [
    MatButtonModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    ErrorBannerComponent,
    PagedListComponent,
    PageHeaderComponent,
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
  protected readonly search = new SearchBox();
  private readonly sort = signal<ListSort<TeamSortField>>({ field: 'NAME', direction: 'ASC' });
  protected readonly includeArchived = signal(false);
  /** Archiving is for administrators (the API answers FORBIDDEN to anyone else). */
  protected readonly canArchive = computed(() => this.session.role() === 'ADMIN');
  protected readonly actionErrors = signal<readonly string[]>([]);
  /** The team being archived or brought back, so its button waits. */
  protected readonly working = signal<string | null>(null);

  protected readonly teams = new PagedList({
    query: () => ({ filter: teamFilter(this.search.text(), this.includeArchived()), sort: this.sort() }),
    load: (variables) =>
      this.teamsGql
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => loadedFor(result.data?.teams, variables.filter?.search))),
    rows: (page) => narrowWhileSearching(page, this.search.typed(), (team) => [team.name]),
  });
  protected readonly loadErrors = computed(() =>
    this.teams.error() ? shownErrors(this.teams.error(), this.i18n).banner : [],
  );
  protected readonly banner = computed(() => [...this.loadErrors(), ...this.actionErrors()]);

  protected onSort(sort: Sort): void {
    this.sort.set(listSort(sort, SORT_FIELDS, 'NAME'));
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.teams.reload();
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
