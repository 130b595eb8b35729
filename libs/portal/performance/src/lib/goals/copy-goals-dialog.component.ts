import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CopyGoalsGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { applyFieldErrors } from './field-errors';

export interface CopyGoalsDialogData {
  readonly fromPeriod: string;
  readonly toPeriod: string;
  /** The team filter of the grid: only that team, the teams below and their reps. */
  readonly teamId: string | null;
  readonly teamName: string | null;
  /** Called once goals were written, so the grid behind reloads while the outcome shows. */
  readonly changed?: () => void;
}

/** Closes with this when the user asks to open the period copied to. */
export interface CopyGoalsDialogResult {
  readonly toPeriod: string;
}

const PERCENT = /^[+-]?\d{1,4}$/;

/** Whole percent from -100 to 1000, as the API takes it; null when the text is not one. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (!PERCENT.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= -100 && value <= 1000 ? value : null;
}

/**
 * Bulk tool: copies a period's goals (every metric) to another period of the same kind, changed by
 * a whole percentage (copyGoals). Goals already set in the target period stay; the outcome says how
 * many were written and how many were left.
 */
@Component({
  selector: 'so-copy-goals-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'goals.copy.title' | t }}</h2>
    @if (outcome(); as done) {
      <mat-dialog-content>
        <p class="result" role="status" data-testid="bulk-result">
          {{ 'goals.copy.done' | t: { written: done.written, skipped: done.skipped, to: done.toPeriod } }}
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="bulk-close">
          {{ 'common.close' | t }}
        </button>
        <button mat-flat-button type="button" data-testid="copy-open" (click)="open(done.toPeriod)">
          {{ 'goals.copy.open' | t: { to: done.toPeriod } }}
        </button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="apply()" novalidate>
        <mat-dialog-content>
          <so-error-banner [messages]="banner()" />
          <div class="row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'goals.copy.from' | t }}</mat-label>
              <input
                matInput
                formControlName="fromPeriod"
                autocomplete="off"
                spellcheck="false"
                data-testid="copy-from"
              />
              <mat-error data-testid="error-fromPeriod">{{ errorFor('fromPeriod') }}</mat-error>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'goals.copy.to' | t }}</mat-label>
              <input
                matInput
                formControlName="toPeriod"
                autocomplete="off"
                spellcheck="false"
                data-testid="copy-to"
              />
              <mat-error data-testid="error-toPeriod">{{ errorFor('toPeriod') }}</mat-error>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'goals.copy.percent' | t }}</mat-label>
            <input
              matInput
              formControlName="percentChange"
              inputmode="numeric"
              autocomplete="off"
              data-testid="copy-percent"
            />
            <span matTextSuffix>%</span>
            <mat-hint>{{ 'goals.copy.percentHint' | t }}</mat-hint>
            <mat-error data-testid="error-percentChange">{{ errorFor('percentChange') }}</mat-error>
          </mat-form-field>

          <p class="scope">
            {{
              data.teamName
                ? ('goals.copy.scopeTeam' | t: { team: data.teamName })
                : ('goals.copy.scopeAll' | t)
            }}
          </p>
          @if (summary(); as text) {
            <p class="summary" data-testid="copy-summary">{{ text }}</p>
          }
        </mat-dialog-content>

        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
            {{ 'common.cancel' | t }}
          </button>
          <button mat-flat-button type="submit" data-testid="copy-apply" [disabled]="saving() || !summary()">
            {{ 'goals.copy.apply' | t }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styleUrl: './goals-dialog.scss',
})
export class CopyGoalsDialogComponent {
  protected readonly data = inject<CopyGoalsDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<CopyGoalsDialogComponent, CopyGoalsDialogResult>);
  private readonly copyGoals = inject(CopyGoalsGQL);
  private readonly i18n = inject(I18nService);

  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly outcome = signal<{ written: number; skipped: number; toPeriod: string } | null>(null);

  protected readonly form = new FormGroup(
    {
      fromPeriod: new FormControl(this.data.fromPeriod, {
        nonNullable: true,
        validators: [periodKeyValidator],
      }),
      toPeriod: new FormControl(this.data.toPeriod, { nonNullable: true, validators: [periodKeyValidator] }),
      percentChange: new FormControl('0', {
        nonNullable: true,
        validators: [(control) => (parsePercent(control.value) === null ? { percent: true } : null)],
      }),
    },
    { validators: [samePeriodType] },
  );
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly summary = computed(() => {
    const { fromPeriod = '', toPeriod = '', percentChange = '' } = this.value();
    const percent = parsePercent(percentChange);
    const from = fromPeriod.trim();
    const to = toPeriod.trim();
    const type = periodTypeOf(from);
    if (!type || type !== periodTypeOf(to) || from === to || percent === null) return null;
    return this.i18n.t('goals.copy.summary', { from, to, percent: this.percentText(percent) });
  });

  protected errorFor(field: 'fromPeriod' | 'toPeriod' | 'percentChange'): string {
    const errors = this.form.controls[field].errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['periodKey'])
      return this.i18n.t('perf.periodKeyInvalid', { example: PERIOD_EXAMPLES.QUARTER });
    if (errors['sameType'])
      return this.i18n.t('goals.copy.sameType', { from: this.form.controls.fromPeriod.value });
    if (errors['samePeriod']) return this.i18n.t('goals.copy.samePeriod');
    if (errors['percent']) return this.i18n.t('goals.copy.percentInvalid');
    return this.i18n.t('error.generic');
  }

  protected async apply(): Promise<void> {
    this.form.markAllAsTouched();
    const percentChange = parsePercent(this.form.controls.percentChange.value);
    if (this.form.invalid || percentChange === null || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    const fromPeriod = this.form.controls.fromPeriod.value.trim();
    const toPeriod = this.form.controls.toPeriod.value.trim();
    try {
      const result = await firstValueFrom(
        this.copyGoals.mutate({
          variables: {
            input: {
              fromPeriod,
              toPeriod,
              percentChange,
              ...(this.data.teamId ? { teamId: this.data.teamId } : {}),
            },
          },
        }),
      );
      const outcome = result.data?.copyGoals ?? { written: 0, skipped: 0 };
      this.outcome.set({ written: outcome.written, skipped: outcome.skipped, toPeriod });
      if (outcome.written > 0) this.data.changed?.();
    } catch (error) {
      const shown = shownErrors(error, this.i18n, ['fromPeriod', 'toPeriod', 'percentChange']);
      applyFieldErrors(this.form, shown.fields);
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }

  protected open(toPeriod: string): void {
    this.dialogRef.close({ toPeriod });
  }

  private percentText(percent: number): string {
    const key: TranslationKey = percent === 0 ? 'goals.copy.unchanged' : 'goals.copy.changedBy';
    return this.i18n.t(key, { percent: percent > 0 ? `+${percent}%` : `${percent}%` });
  }
}

function periodKeyValidator(control: AbstractControl<string>): ValidationErrors | null {
  return periodTypeOf(control.value) ? null : { periodKey: true };
}

/** The target period must be of the same kind as the source, and another one; the error sits on "to". */
function samePeriodType(group: AbstractControl): ValidationErrors | null {
  const from = group.get('fromPeriod') as FormControl<string>;
  const to = group.get('toPeriod') as FormControl<string>;
  const fromType = periodTypeOf(from.value);
  const toType = periodTypeOf(to.value);
  const problem =
    fromType && toType && fromType !== toType
      ? 'sameType'
      : fromType && from.value.trim() === to.value.trim()
        ? 'samePeriod'
        : null;
  const next: ValidationErrors = { ...(to.errors ?? {}) };
  delete next['sameType'];
  delete next['samePeriod'];
  if (problem) next[problem] = true;
  to.setErrors(Object.keys(next).length ? next : null);
  return null;
}
