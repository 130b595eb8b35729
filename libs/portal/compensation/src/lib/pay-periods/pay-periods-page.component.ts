import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { todayIsoDate } from '@salesops/domain';
import {
  DealsGQL,
  FiscalCalendarService,
  keptWhileLoading,
  type PayPeriodRowFragment,
  PayPeriodsGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { map } from 'rxjs';

import {
  ClosePayPeriodDialogComponent,
  type ClosePayPeriodDialogData,
} from './close-pay-period-dialog.component';
import { defaultFiscalYear, loadYearEvidence } from './pay-period-default-year';
import {
  parseFiscalYear,
  payPeriodCsvColumns,
  type PayPeriodLine,
  payPeriodLines,
  shiftFiscalYear,
} from './pay-period-model';

/**
 * Pay periods for admins: a fiscal year, its quarters and its months, each open or closed, and
 * closing one that has ended (final: the goals inside it are locked for good).
 */
@Component({
  selector: 'so-pay-periods-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pay-periods-page.component.html',
  styleUrl: './pay-periods-page.component.scss',
})
export class PayPeriodsPageComponent {
  private readonly payPeriodsGql = inject(PayPeriodsGQL);
  private readonly dealsGql = inject(DealsGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly columns = ['period', 'status', 'goals', 'closed', 'actions'];
  private readonly today = todayIsoDate();
  private readonly fiscalCalendar = inject(FiscalCalendarService).calendar;
  private readonly linkedYear = parseFiscalYear(this.route.snapshot.queryParamMap.get('fy') ?? '');
  /** Without `?fy=`: the current fiscal year if it has data, else the latest year that has. */
  private readonly defaultYear = rxResource({
    params: () => (this.linkedYear ? undefined : this.fiscalCalendar()),
    stream: ({ params }) =>
      loadYearEvidence(params, this.payPeriodsGql, this.dealsGql).pipe(map(defaultFiscalYear)),
  });
  /** From `?fy=`, else the default year; undefined until the API's calendar and data say which. */
  protected readonly fiscalYear = linkedSignal<string | undefined>(() => {
    if (this.linkedYear) return this.linkedYear;
    if (this.defaultYear.hasValue()) return this.defaultYear.value().fiscalYear;
    // Should the look-up fail, the current year: the page still opens on a year.
    return this.defaultYear.error() ? this.fiscalCalendar()?.currentYear : undefined;
  });
  /** The current year has nothing yet: said, with the year shown instead, while that year is on screen. */
  protected readonly fallbackNote = computed(() => {
    const chosen = this.defaultYear.hasValue() ? this.defaultYear.value() : null;
    const current = this.fiscalCalendar()?.currentYear;
    return chosen?.fellBack && current && this.fiscalYear() === chosen.fiscalYear
      ? { current, shown: chosen.fiscalYear }
      : null;
  });
  protected readonly yearControl = new FormControl(this.fiscalYear() ?? '', {
    nonNullable: true,
    validators: [(control) => (parseFiscalYear(control.value) ? null : { fiscalYear: true })],
  });

  protected readonly periods = rxResource({
    params: () => this.fiscalYear(),
    stream: ({ params }) =>
      this.payPeriodsGql
        .fetch({ variables: { fiscalYear: params }, fetchPolicy: 'network-only' })
        .pipe(map((result) => ({ fiscalYear: params, periods: result.data?.payPeriods ?? [] }))),
  });
  // Keep the last year on screen while the next one loads, so the table does not flicker.
  private readonly shown = keptWhileLoading(this.periods);
  /** Loading the year's periods, or still learning which year to show. */
  protected readonly loading = computed(() => this.periods.isLoading() || !this.fiscalYear());
  protected readonly lines = computed(() => payPeriodLines(this.shown()?.periods ?? []));
  protected readonly year = computed(() => this.lines().find((line) => line.depth === 0) ?? null);
  protected readonly closedCount = computed(
    () => this.lines().filter((line) => line.period.status === 'CLOSED').length,
  );
  protected readonly closableCount = computed(
    () => this.lines().filter((line) => line.period.closable).length,
  );
  protected readonly banner = computed(() => {
    const error = this.periods.error();
    return error ? shownErrors(error, this.i18n).banner : [];
  });

  constructor() {
    this.yearControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => {
      const year = parseFiscalYear(text);
      if (year) this.fiscalYear.set(year);
    });
    // The URL and the field follow the year, so the page can be bookmarked and linked to (the goals
    // page does); a field that already reads as the year (`2017`) is left as typed.
    effect(() => {
      const fy = this.fiscalYear();
      if (!fy) return;
      if (parseFiscalYear(this.yearControl.value) !== fy) this.yearControl.setValue(fy, { emitEvent: false });
      void this.router.navigate([], { relativeTo: this.route, queryParams: { fy }, replaceUrl: true });
    });
  }

  protected step(steps: number): void {
    const current = this.fiscalYear();
    if (!current) return;
    this.fiscalYear.set(shiftFiscalYear(current, steps));
  }

  /** A typed `2017` shows as FY2017 once the field is left. */
  protected tidyYear(): void {
    const year = this.fiscalYear();
    if (year && parseFiscalYear(this.yearControl.value))
      this.yearControl.setValue(year, { emitEvent: false });
  }

  protected day(date: string): string {
    return this.i18n.formatDate(date);
  }

  protected dateTime(value: string | null): string {
    if (!value) return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  /** Why an open period cannot be closed yet. */
  protected openNote(line: PayPeriodLine): string {
    if (line.period.start > this.today)
      return this.i18n.t('payPeriods.startsOn', { date: this.day(line.period.start) });
    return this.i18n.t('payPeriods.runsUntil', { date: this.day(line.lastDay) });
  }

  protected retry(): void {
    this.periods.reload();
  }

  protected openClose(period: PayPeriodRowFragment): void {
    const data: ClosePayPeriodDialogData = { period, stale: () => this.periods.reload() };
    this.dialog
      .open<ClosePayPeriodDialogComponent, ClosePayPeriodDialogData, PayPeriodRowFragment>(
        ClosePayPeriodDialogComponent,
        { data, width: '520px', maxWidth: 'calc(100vw - 24px)', autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((closed) => {
        if (!closed) return;
        // The closed row from the API, in place: the months a closed quarter now locks follow from it.
        this.periods.update(
          (value) =>
            value && {
              ...value,
              periods: value.periods.map((p) => (p.period === closed.period ? closed : p)),
            },
        );
        this.snackBar.open(
          this.i18n.t('payPeriods.closedSnack', { period: closed.period, count: closed.goalCount ?? 0 }),
          undefined,
          { duration: 4000 },
        );
      });
  }

  protected exportCsv(): void {
    const year = this.shown()?.fiscalYear ?? this.fiscalYear();
    downloadCsv(
      `${this.i18n.t('payPeriods.fileName')}-${year}.csv`,
      toCsv(payPeriodCsvColumns(this.i18n), this.lines()),
    );
  }
}
