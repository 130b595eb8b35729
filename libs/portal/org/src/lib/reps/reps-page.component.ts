import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import {
  DeactivateRepGQL,
  EraseRepGQL,
  loadTeamOptions,
  ReactivateRepGQL,
  type RepRowFragment,
  RepsGQL,
  type RepSortField,
  SessionStore,
  shownErrors,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  ConfirmDialogComponent,
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
import { MoveRepDialogComponent, type MoveRepDialogData } from './move-rep-dialog.component';
import { OrgImportDialogComponent } from './org-import-dialog.component';
import { RepDialogComponent, type RepDialogData } from './rep-dialog.component';

const SORT_FIELDS: Readonly<Record<string, RepSortField>> = {
  name: 'NAME',
  email: 'EMAIL',
  hireDate: 'HIRE_DATE',
};

export type StatusFilter = 'all' | 'active' | 'inactive';

/** Below this width a row's buttons do not fit beside the rep's name and team. */
export const COMPACT_QUERY = '(max-width: 599px)';

/** Where the API points an erased rep's email: such a rep can no longer be edited or reactivated. */
const ERASED_EMAIL_SUFFIX = '@erased.invalid';

export function isErased(rep: Pick<RepRowFragment, 'email'>): boolean {
  return rep.email.toLowerCase().endsWith(ERASED_EMAIL_SUFFIX);
}

@Component({
  selector: 'so-reps-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatMenuModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    ErrorBannerComponent,
    PagedListComponent,
    PageHeaderComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reps-page.component.html',
  styleUrls: ['../org-page.scss', './reps-page.component.scss'],
})
export class RepsPageComponent {
  private readonly repsGql = inject(RepsGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly deactivateRep = inject(DeactivateRepGQL);
  private readonly reactivateRep = inject(ReactivateRepGQL);
  private readonly eraseRep = inject(EraseRepGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly columns = ['name', 'email', 'team', 'hireDate', 'active', 'actions'];
  protected readonly search = new SearchBox();
  protected readonly teamFilter = signal<string | null>(null);
  protected readonly statusFilter = signal<StatusFilter>('all');
  private readonly sort = signal<ListSort<RepSortField>>({ field: 'NAME', direction: 'ASC' });
  protected readonly actionErrors = signal<readonly string[]>([]);
  /** Erasing personal data is for administrators (the API answers FORBIDDEN to anyone else). */
  protected readonly canErase = computed(() => this.session.role() === 'ADMIN');
  /** The rep being erased, so its button waits. */
  protected readonly erasing = signal<string | null>(null);
  protected readonly isErased = isErased;
  /** A phone: each row's actions go in a menu rather than a row of buttons. */
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly teamOptions = resource({ loader: () => loadTeamOptions(this.teamOptionsGql) });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));

  protected readonly reps = new PagedList({
    query: () => ({
      filter: {
        search: this.search.text() || null,
        teamId: this.teamFilter(),
        active: this.statusFilter() === 'all' ? null : this.statusFilter() === 'active',
      },
      sort: this.sort(),
    }),
    load: (variables) =>
      this.repsGql
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => loadedFor(result.data?.reps, variables.filter.search))),
    rows: (page) => narrowWhileSearching(page, this.search.typed(), (rep) => [rep.name, rep.email]),
  });
  protected readonly banner = computed(() => [
    ...(this.reps.error() ? shownErrors(this.reps.error(), this.i18n).banner : []),
    ...this.actionErrors(),
  ]);
  protected readonly filtered = computed(
    () => !!this.search.text() || !!this.teamFilter() || this.statusFilter() !== 'all',
  );

  protected onSort(sort: Sort): void {
    this.sort.set(listSort(sort, SORT_FIELDS, 'NAME'));
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.reps.reload();
  }

  protected openRepDialog(rep: RepRowFragment | null): void {
    const data: RepDialogData = { rep, teams: this.teams() };
    this.dialog
      .open(RepDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved: unknown) => this.afterChange(!!saved));
  }

  /** Reps in bulk from an org file (admins); the list reloads whatever the dialog stored. */
  protected openOrgImport(): void {
    this.dialog
      .open(OrgImportDialogComponent, { width: '760px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(() => this.afterChange(true));
  }

  protected openMoveDialog(rep: RepRowFragment): void {
    const data: MoveRepDialogData = { rep, teams: this.teams() };
    this.dialog
      .open(MoveRepDialogComponent, { data, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((moved: unknown) => this.afterChange(!!moved));
  }

  protected setActive(rep: RepRowFragment, active: boolean): void {
    const prefix = active ? 'reps.reactivate' : 'reps.deactivate';
    const data: ConfirmDialogData = {
      title: this.i18n.t(active ? 'reps.reactivateTitle' : 'reps.deactivateTitle', { name: rep.name }),
      text: this.i18n.t(active ? 'reps.reactivateText' : 'reps.deactivateText', { name: rep.name }),
      confirmLabel: this.i18n.t(prefix),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: !active,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(async (confirmed: unknown) => {
        if (!confirmed) return;
        this.actionErrors.set([]);
        try {
          const variables = { input: { id: rep.id } };
          if (active) await firstValueFrom(this.reactivateRep.mutate({ variables }));
          else await firstValueFrom(this.deactivateRep.mutate({ variables }));
          this.afterChange(true);
        } catch (error) {
          this.actionErrors.set(shownErrors(error, this.i18n).banner);
        }
      });
  }

  /** Erases a deactivated rep's name and email for good, after a confirmation that says what stays. */
  protected async erase(rep: RepRowFragment): Promise<void> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('reps.eraseTitle', { name: rep.name }),
      text: this.i18n.t('reps.eraseText', { name: rep.name }),
      confirmLabel: this.i18n.t('reps.eraseConfirm'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    if (!(await confirmed(this.dialog, data))) return;
    this.actionErrors.set([]);
    this.erasing.set(rep.id);
    try {
      const result = await firstValueFrom(this.eraseRep.mutate({ variables: { input: { id: rep.id } } }));
      const pseudonym = result.data?.eraseRep.name ?? '';
      this.snackBar.open(this.i18n.t('reps.erasedSnack', { name: rep.name, pseudonym }), undefined, {
        duration: 5000,
      });
    } catch (error) {
      // The API says why (still active, erased already elsewhere): shown under a headline naming the rep.
      const shown = shownErrors(error, this.i18n, ['id']);
      this.actionErrors.set([
        this.i18n.t('reps.eraseFailed', { name: rep.name }),
        ...Object.values(shown.fields),
        ...shown.banner,
      ]);
    } finally {
      this.erasing.set(null);
      this.reps.reload();
    }
  }

  private afterChange(changed: boolean): void {
    if (!changed) return;
    this.snackBar.open(this.i18n.t('reps.saved'), undefined, { duration: 2500 });
    this.reps.reload();
  }
}
