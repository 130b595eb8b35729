import { ChangeDetectionStrategy, Component, effect, model, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type PeriodType } from '@salesops/domain';
import { TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { convertPeriodKey, PERIOD_EXAMPLES, PERIOD_TYPES, periodTypeOf, shiftPeriodKey } from './period-key';

/**
 * Picks a fiscal period: its type, its key (typed, or stepped with the arrows). `period` holds the
 * key while it is well formed and null while the user is typing a malformed one, so pages only
 * fetch for keys the API can read. Used by every page that shows a period.
 */
@Component({
  selector: 'so-period-picker',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './period-picker.component.html',
  styleUrl: './period-picker.component.scss',
})
export class PeriodPickerComponent {
  /** The chosen period key; two-way bound: `[(period)]`. */
  readonly period = model<string | null>(PERIOD_EXAMPLES.YEAR);

  protected readonly periodTypes = PERIOD_TYPES;
  protected readonly periodType = signal<PeriodType>('YEAR');
  protected readonly keyControl = new FormControl(PERIOD_EXAMPLES.YEAR, {
    nonNullable: true,
    validators: [
      (control): ValidationErrors | null => (periodTypeOf(control.value) ? null : { periodKey: true }),
    ],
  });

  constructor() {
    // A key set from outside (e.g. a query parameter) shows in the field.
    effect(() => {
      const key = this.period();
      if (key && key !== this.keyControl.value.trim()) this.keyControl.setValue(key, { emitEvent: false });
      const type = key ? periodTypeOf(key) : null;
      if (type) this.periodType.set(type);
    });
    this.keyControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      const key = value.trim();
      const type = periodTypeOf(key);
      if (type) this.periodType.set(type);
      this.period.set(type ? key : null);
    });
  }

  protected typeLabel(type: PeriodType): TranslationKey {
    return `perf.type.${type}`;
  }

  protected example(): string {
    return PERIOD_EXAMPLES[this.periodType()];
  }

  protected setPeriodType(type: PeriodType): void {
    this.periodType.set(type);
    this.keyControl.setValue(convertPeriodKey(this.keyControl.value.trim(), type));
  }

  protected step(steps: number): void {
    const key = shiftPeriodKey(this.keyControl.value.trim(), steps);
    if (key) this.keyControl.setValue(key);
  }
}
