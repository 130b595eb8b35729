import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, model } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type FiscalCalendar, type PeriodType } from '@salesops/domain';
import { type ForecastMetric, type TeamOption } from '@salesops/portal/data-access';
import { TranslatePipe } from '@salesops/portal/i18n';

import { isDate, isForecastPeriod, NEXT_PERIOD_TYPES, nextPeriodKey } from './forecast-period';
import { nextKey } from './forecast-words';
import { type RepOption } from './subject-options';

/** Whose forecast, of which period and metric, as of which day: the page's pickers, kept in its URL. */
@Component({
  selector: 'so-forecast-filters',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forecast-filters.component.html',
  styleUrl: './forecast-filters.component.scss',
})
export class ForecastFiltersComponent {
  readonly calendar = input.required<FiscalCalendar>();
  readonly teams = input<readonly TeamOption[]>([]);
  readonly reps = input<readonly RepOption[]>([]);
  readonly showCompany = input(false);
  readonly showSubject = input(true);

  readonly subject = model<string | null>(null);
  readonly period = model.required<string>();
  readonly metric = model.required<ForecastMetric>();
  readonly asOf = model.required<string>();

  protected readonly types = NEXT_PERIOD_TYPES;
  protected readonly nextKey = nextKey;
  protected readonly periodText = linkedSignal(() => this.period());
  protected readonly asOfText = linkedSignal(() => this.asOf());
  protected readonly periodInvalid = computed(() => !isForecastPeriod(this.periodText(), this.calendar()));
  protected readonly asOfInvalid = computed(() => !isDate(this.asOfText()));
  /** The quick choice matching the period shown, if it is one of them. */
  protected readonly quick = computed(
    () =>
      this.types.find((type) => nextPeriodKey(this.asOf(), type, this.calendar()) === this.period()) ?? null,
  );

  protected next(type: PeriodType): string {
    return nextPeriodKey(this.asOf(), type, this.calendar());
  }

  protected pickQuick(type: PeriodType): void {
    this.period.set(this.next(type));
  }

  protected applyPeriod(): void {
    const key = this.periodText().trim();
    if (isForecastPeriod(key, this.calendar()) && key !== this.period()) this.period.set(key);
  }

  protected applyAsOf(): void {
    const day = this.asOfText().trim();
    if (!isDate(day) || day === this.asOf()) return;
    // A quick choice follows the day: "next quarter" stays next quarter from the new day.
    const type = this.quick();
    this.asOf.set(day);
    if (type) this.period.set(this.next(type));
  }
}
