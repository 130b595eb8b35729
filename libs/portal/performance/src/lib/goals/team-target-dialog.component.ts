import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type GoalMetric, SetTeamRepGoalsGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { applyFieldErrors } from './field-errors';
import { isMoneyMetric, parseTarget, textOf } from './goal-target';

export interface TeamTargetDialogData {
  readonly period: string;
  readonly metric: GoalMetric;
  readonly currency: string;
  /** Teams with active reps directly in them, and how many. */
  readonly teams: readonly { readonly id: string; readonly name: string; readonly reps: number }[];
  readonly teamId: string | null;
  /** Called once goals were written, so the grid behind reloads while the outcome shows. */
  readonly changed?: () => void;
}

/**
 * Bulk tool: every active rep directly in a team gets the same target (setTeamRepGoals). The
 * summary spells out what happens before the user confirms; the outcome shows the count written.
 */
@Component({
  selector: 'so-team-target-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'goals.teamTarget.title' | t }}</h2>
    @if (written() === null) {
      <form [formGroup]="form" (ngSubmit)="apply()" novalidate>
        <mat-dialog-content>
          <so-error-banner [messages]="banner()" />
          <p class="scope">{{ 'goals.teamTarget.intro' | t: { period: data.period, metric: metricName } }}</p>

          <mat-form-field>
            <mat-label>{{ 'perf.team' | t }}</mat-label>
            <mat-select formControlName="teamId" data-testid="team-target-team" required>
              @for (team of data.teams; track team.id) {
                <mat-option [value]="team.id">{{ team.name }} ({{ team.reps }})</mat-option>
              }
            </mat-select>
            <mat-error data-testid="error-teamId">{{ errorFor('teamId') }}</mat-error>
          </mat-form-field>

          <mat-form-field>
            <mat-label>{{ 'goals.teamTarget.target' | t }}</mat-label>
            <input
              matInput
              formControlName="target"
              inputmode="decimal"
              autocomplete="off"
              data-testid="team-target-value"
              required
            />
            <mat-error data-testid="error-target">{{ errorFor('target') }}</mat-error>
          </mat-form-field>

          @if (summary(); as text) {
            <p class="summary" data-testid="team-target-summary">{{ text }}</p>
          }
        </mat-dialog-content>

        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
            {{ 'common.cancel' | t }}
          </button>
          <button
            mat-flat-button
            type="submit"
            data-testid="team-target-apply"
            [disabled]="saving() || !summary()"
          >
            {{ 'goals.teamTarget.apply' | t: { count: repCount() } }}
          </button>
        </mat-dialog-actions>
      </form>
    } @else {
      <mat-dialog-content>
        <p class="result" role="status" data-testid="bulk-result">
          {{ 'goals.teamTarget.done' | t: { count: written() ?? 0, team: teamName() } }}
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" mat-dialog-close data-testid="bulk-close">
          {{ 'common.close' | t }}
        </button>
      </mat-dialog-actions>
    }
  `,
  styleUrl: './goals-dialog.scss',
})
export class TeamTargetDialogComponent {
  protected readonly data = inject<TeamTargetDialogData>(MAT_DIALOG_DATA);
  private readonly setTeamRepGoals = inject(SetTeamRepGoalsGQL);
  private readonly i18n = inject(I18nService);

  protected readonly metricName = this.i18n.t(`goals.metric.${this.data.metric}`);
  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  protected readonly written = signal<number | null>(null);

  protected readonly form = new FormGroup({
    teamId: new FormControl(this.data.teamId ?? (this.data.teams.length === 1 ? this.data.teams[0].id : ''), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    target: new FormControl('', {
      nonNullable: true,
      validators: [(control): ValidationErrors | null => this.targetError(control.value)],
    }),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  private readonly team = computed(() => this.data.teams.find((team) => team.id === this.value().teamId));
  protected readonly teamName = computed(() => this.team()?.name ?? '');
  protected readonly repCount = computed(() => this.team()?.reps ?? 0);
  private readonly target = computed(() => {
    const parsed = parseTarget(this.value().target ?? '', this.data.metric);
    return parsed.kind === 'ok' ? parsed.units : null;
  });

  /** What applying does, in words; null until the form is complete. */
  protected readonly summary = computed(() => {
    const team = this.team();
    const target = this.target();
    if (!team || target === null) return null;
    return this.i18n.t('goals.teamTarget.summary', {
      count: team.reps,
      team: team.name,
      target: this.format(target),
      metric: this.metricName,
      period: this.data.period,
    });
  });

  protected errorFor(field: 'teamId' | 'target'): string {
    const errors = this.form.controls[field].errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('error.required');
    if (errors['problem']) return this.i18n.t(`goals.error.${errors['problem'] as 'format'}`);
    return this.i18n.t('error.generic');
  }

  protected async apply(): Promise<void> {
    this.form.markAllAsTouched();
    const target = this.target();
    if (this.form.invalid || target === null || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    try {
      const result = await firstValueFrom(
        this.setTeamRepGoals.mutate({
          variables: {
            input: {
              teamId: this.form.controls.teamId.value,
              period: this.data.period,
              metric: this.data.metric,
              target: textOf(target, this.data.metric),
            },
          },
        }),
      );
      const written = result.data?.setTeamRepGoals.written ?? 0;
      this.written.set(written);
      if (written > 0) this.data.changed?.();
    } catch (error) {
      const shown = shownErrors(error, this.i18n, ['teamId', 'target']);
      applyFieldErrors(this.form, shown.fields);
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }

  private targetError(text: string): ValidationErrors | null {
    const parsed = parseTarget(text, this.data.metric);
    if (parsed.kind === 'empty') return { required: true };
    return parsed.kind === 'invalid' ? { problem: parsed.problem } : null;
  }

  private format(units: bigint): string {
    if (!isMoneyMetric(this.data.metric)) return this.i18n.formatNumber(Number(units));
    return this.i18n.formatMoney(textOf(units, this.data.metric), this.data.currency, units % 100n === 0n);
  }
}
