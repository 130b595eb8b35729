import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { isCalendarDate, todayIsoDate } from '@salesops/domain';
import {
  AssignToolSeatsGQL,
  ReleaseToolSeatGQL,
  shownErrors,
  type ToolRowFragment,
  ToolSeatRepsGQL,
  type ToolSeatRepsQuery,
  type ToolSeatRowFragment,
  ToolSeatsGQL,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';
import { ConfirmDialogComponent, type ConfirmDialogData, ErrorBannerComponent } from '@salesops/portal/ui';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';

import { UtilisationBarComponent } from './utilisation-bar.component';

export interface ToolSeatsDialogData {
  readonly tool: ToolRowFragment;
  /** Admins give and release seats; managers only see who holds one. */
  readonly canEdit: boolean;
  /** Called after every change, so the inventory behind the dialog shows the new seat count. */
  readonly changed?: () => void;
}

type RepOption = ToolSeatRepsQuery['reps']['edges'][number]['node'];

const REP_PAGE = 50;

/** Who holds a seat on a tool; admins release seats and give new ones to reps. */
@Component({
  selector: 'so-tool-seats-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    UtilisationBarComponent,
    LocalDatePipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tool-seats-dialog.component.html',
  styleUrl: './tool-seats-dialog.component.scss',
})
export class ToolSeatsDialogComponent {
  private readonly data = inject<ToolSeatsDialogData>(MAT_DIALOG_DATA);
  private readonly seatsGql = inject(ToolSeatsGQL);
  private readonly repsGql = inject(ToolSeatRepsGQL);
  private readonly assignGql = inject(AssignToolSeatsGQL);
  private readonly releaseGql = inject(ReleaseToolSeatGQL);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  protected readonly tool = this.data.tool;
  protected readonly canEdit = this.data.canEdit;

  protected readonly holders = signal<readonly ToolSeatRowFragment[]>([]);
  protected readonly holdersLoading = signal(true);
  protected readonly holdersError = signal<readonly string[]>([]);
  protected readonly used = computed(() => this.holders().length);
  protected readonly utilisation = computed(() =>
    this.tool.seatsBought === 0 ? null : this.used() / this.tool.seatsBought,
  );
  private readonly holderIds = computed(() => new Set(this.holders().map((seat) => seat.repId)));

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly startsOn = new FormControl(todayIsoDate(), { nonNullable: true });
  protected readonly reps = signal<readonly RepOption[]>([]);
  protected readonly repsTotal = signal(0);
  protected readonly repsLoading = signal(false);
  private readonly repsCursor = signal<string | null>(null);
  protected readonly repsHasMore = signal(false);
  protected readonly selected = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly selectedCount = computed(() => this.selected().size);
  /** Seats in use if the selection is given, against the seats bought. */
  protected readonly overBought = computed(() => {
    const total = this.used() + this.selectedCount();
    return this.selectedCount() > 0 && total > this.tool.seatsBought ? total : null;
  });
  protected readonly startsOnInvalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly message = signal('');

  constructor() {
    void this.loadHolders();
    if (this.canEdit) {
      void this.loadReps(true);
      this.searchControl.valueChanges
        .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed())
        .subscribe(() => void this.loadReps(true));
    }
  }

  protected holds(repId: string): boolean {
    return this.holderIds().has(repId);
  }

  protected isSelected(repId: string): boolean {
    return this.selected().has(repId);
  }

  protected toggle(rep: RepOption, checked: boolean): void {
    const next = new Map(this.selected());
    if (checked) next.set(rep.id, rep.name);
    else next.delete(rep.id);
    this.selected.set(next);
    this.message.set('');
  }

  protected clearSelection(): void {
    this.selected.set(new Map());
  }

  protected async loadReps(reset: boolean): Promise<void> {
    this.repsLoading.set(true);
    const search = this.searchControl.value.trim();
    try {
      const result = await firstValueFrom(
        this.repsGql.fetch({
          variables: { first: REP_PAGE, after: reset ? null : this.repsCursor(), search: search || null },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.reps;
      if (!page) return;
      // A newer search may have started meanwhile; only the answer for the current text counts.
      if (search !== this.searchControl.value.trim()) return;
      const nodes = page.edges.map((edge) => edge.node);
      this.reps.set(reset ? nodes : [...this.reps(), ...nodes]);
      this.repsTotal.set(page.totalCount);
      this.repsCursor.set(page.pageInfo.endCursor ?? null);
      this.repsHasMore.set(page.pageInfo.hasNextPage);
    } catch (error) {
      this.banner.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.repsLoading.set(false);
    }
  }

  protected async assign(): Promise<void> {
    const repIds = [...this.selected().keys()];
    const startsOn = this.startsOn.value;
    this.startsOnInvalid.set(!isCalendarDate(startsOn));
    if (repIds.length === 0 || this.busy() || this.startsOnInvalid()) return;
    this.busy.set(true);
    this.banner.set([]);
    this.message.set('');
    try {
      const result = await firstValueFrom(
        this.assignGql.mutate({ variables: { input: { toolId: this.tool.id, repIds, startsOn } } }),
      );
      const outcome = result.data?.assignToolSeats;
      this.selected.set(new Map());
      this.message.set(
        this.i18n.t(outcome?.alreadyHeld ? 'tools.assignedSome' : 'tools.assigned', {
          assigned: outcome?.assigned ?? 0,
          held: outcome?.alreadyHeld ?? 0,
        }),
      );
      await this.afterChange();
    } catch (error) {
      this.banner.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.busy.set(false);
    }
  }

  protected release(seat: ToolSeatRowFragment): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('tools.releaseTitle', { name: seat.repName }),
      text: this.i18n.t('tools.releaseText', { name: seat.repName, tool: this.tool.name }),
      confirmLabel: this.i18n.t('tools.release'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(async (confirmed: unknown) => {
        if (!confirmed) return;
        this.busy.set(true);
        this.banner.set([]);
        this.message.set('');
        try {
          await firstValueFrom(this.releaseGql.mutate({ variables: { input: { seatId: seat.id } } }));
          this.message.set(this.i18n.t('tools.released', { name: seat.repName }));
          await this.afterChange();
        } catch (error) {
          this.banner.set(shownErrors(error, this.i18n).banner);
        } finally {
          this.busy.set(false);
        }
      });
  }

  protected async loadHolders(): Promise<void> {
    this.holdersLoading.set(true);
    this.holdersError.set([]);
    try {
      const result = await firstValueFrom(
        this.seatsGql.fetch({ variables: { toolId: this.tool.id }, fetchPolicy: 'network-only' }),
      );
      this.holders.set(result.data?.toolSeats ?? []);
    } catch (error) {
      this.holdersError.set(shownErrors(error, this.i18n).banner);
    } finally {
      this.holdersLoading.set(false);
    }
  }

  private async afterChange(): Promise<void> {
    this.data.changed?.();
    await this.loadHolders();
  }
}
