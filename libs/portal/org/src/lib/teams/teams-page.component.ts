import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import {
  keptWhileLoading,
  shownErrors,
  type TeamRowFragment,
  TeamsGQL,
  type TeamSort,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  CursorPagerComponent,
  CursorStack,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
} from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { loadedFor, narrowWhileSearching } from '../search/narrow-while-searching';
import { TeamDialogComponent, type TeamDialogData } from './team-dialog.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'so-teams-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
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
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  protected readonly columns = ['name', 'parent', 'manager', 'repCount', 'createdAt', 'actions'];
  protected readonly pages = new CursorStack();
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = signal('');
  private readonly sort = signal<TeamSort>({ field: 'NAME', direction: 'ASC' });

  protected readonly teams = rxResource({
    params: () => ({
      first: PAGE_SIZE,
      after: this.pages.cursor(),
      filter: this.search() ? { search: this.search() } : null,
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
}
