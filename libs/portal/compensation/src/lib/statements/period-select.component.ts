import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  model,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { type PeriodType } from '@salesops/domain';
import { PayPeriodsGQL } from '@salesops/portal/data-access';
import { TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';

import { choosablePeriods, defaultPeriod, shiftYear } from './period-choice';

/** A fiscal year stepper and the pay periods in it (of one frequency), each marked open or closed. */
@Component({
  selector: 'so-period-select',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="year">
      <button
        mat-icon-button
        type="button"
        data-testid="period-year-prev"
        [attr.aria-label]="'comp.previousYear' | t"
        (click)="step(-1)"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M15 5l-7 7 7 7" /></svg>
      </button>
      <span class="year-key" data-testid="period-year">{{ fiscalYear() }}</span>
      <button
        mat-icon-button
        type="button"
        data-testid="period-year-next"
        [attr.aria-label]="'comp.nextYear' | t"
        (click)="step(1)"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M9 5l7 7-7 7" /></svg>
      </button>
    </div>
    <mat-form-field subscriptSizing="dynamic" class="period">
      <mat-label>{{ 'comp.period' | t }}</mat-label>
      <mat-select data-testid="period-select" [value]="period()" (valueChange)="period.set($event)">
        @for (option of options(); track option.period) {
          <mat-option [value]="option.period">
            {{ option.period }} ·
            {{ (option.status === 'CLOSED' ? 'comp.periodClosed' : 'comp.periodOpen') | t }}
          </mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .year {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    .year-key {
      min-width: 64px;
      text-align: center;
      font: var(--mat-sys-title-small);
    }
    .period {
      width: 220px;
      max-width: 100%;
    }
    svg path {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
  `,
})
export class PeriodSelectComponent {
  private readonly gql = inject(PayPeriodsGQL);

  readonly fiscalYear = model.required<string>();
  readonly period = model<string | null>(null);
  readonly type = input<PeriodType>('QUARTER');

  private readonly periods = rxResource({
    params: () => this.fiscalYear(),
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: { fiscalYear: params } })
        .pipe(map((result) => result.data?.payPeriods ?? [])),
  });
  protected readonly options = computed(() =>
    this.periods.hasValue() ? choosablePeriods(this.periods.value(), this.type()) : [],
  );

  constructor() {
    // A new year's list keeps the period when it is in it, else moves to that year's last closed one.
    effect(() => {
      const options = this.options();
      if (options.length === 0) return;
      const chosen = defaultPeriod(
        options,
        untracked(() => this.period()),
      );
      if (chosen !== untracked(() => this.period())) this.period.set(chosen);
    });
  }

  protected step(steps: number): void {
    this.fiscalYear.set(shiftYear(this.fiscalYear(), steps));
  }
}
