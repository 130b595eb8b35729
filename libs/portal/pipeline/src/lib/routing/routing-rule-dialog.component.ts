import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SetRoutingRuleGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  parseWholeNumber,
  WEIGHT_MAX,
  WEIGHT_MIN,
  wholeNumberValidator,
} from './routing-form';
import { type RoutingRule, shareWithWeight } from './routing-rules';

export interface RoutingRuleDialogData {
  readonly rule: RoutingRule;
  /** The weights of the other reps in the draw, for the share preview. */
  readonly othersWeight: number;
}

/** What the dialog closes with once the API took it. */
export interface SavedRoutingRule {
  readonly weight: number;
  readonly capacityPerMonth: number | null;
}

const FIELDS = ['weight', 'capacityPerMonth'] as const;
type Field = (typeof FIELDS)[number];

/** Edits one rep's weight and monthly cap; the API's field errors show next to the fields. */
@Component({
  selector: 'so-routing-rule-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'routing.editTitle' | t: { name: rule.repName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <so-error-banner [messages]="banner()" />
        @if (!rule.repActive) {
          <p class="hint" data-testid="rule-inactive-note">{{ 'routing.inactiveNote' | t }}</p>
        }

        <mat-form-field>
          <mat-label>{{ 'routing.weight' | t }}</mat-label>
          <input
            matInput
            formControlName="weight"
            inputmode="numeric"
            autocomplete="off"
            data-testid="rule-weight"
            required
          />
          <mat-hint>{{ 'routing.weightHint' | t: limits.weight }}</mat-hint>
          <mat-error data-testid="error-weight">{{ errorFor('weight') }}</mat-error>
        </mat-form-field>

        <mat-form-field>
          <mat-label>{{ 'routing.cap' | t }}</mat-label>
          <input
            matInput
            formControlName="capacityPerMonth"
            inputmode="numeric"
            autocomplete="off"
            data-testid="rule-capacity"
            [placeholder]="'routing.noCap' | t"
          />
          <mat-hint>{{ 'routing.capHint' | t }}</mat-hint>
          <mat-error data-testid="error-capacityPerMonth">{{ errorFor('capacityPerMonth') }}</mat-error>
        </mat-form-field>

        @if (previewShare() !== undefined) {
          <p class="preview" data-testid="rule-share-preview" aria-live="polite">
            @if (previewShare(); as share) {
              {{ 'routing.sharePreview' | t: { share: (share | localPercent) } }}
            } @else {
              {{ 'routing.sharePreviewNone' | t }}
            }
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="rule-save" [disabled]="saving()">
          {{ 'common.save' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './routing-dialog.scss',
})
export class RoutingRuleDialogComponent {
  private readonly data = inject<RoutingRuleDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<RoutingRuleDialogComponent, SavedRoutingRule>);
  private readonly setRule = inject(SetRoutingRuleGQL);
  private readonly i18n = inject(I18nService);

  protected readonly rule = this.data.rule;
  protected readonly limits = {
    weight: { min: WEIGHT_MIN, max: WEIGHT_MAX },
    capacity: { min: CAPACITY_MIN, max: CAPACITY_MAX },
  };
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);

  protected readonly form = new FormGroup({
    weight: new FormControl(String(this.rule.weight), {
      nonNullable: true,
      validators: [wholeNumberValidator(WEIGHT_MIN, WEIGHT_MAX)],
    }),
    capacityPerMonth: new FormControl(
      this.rule.capacityPerMonth === null ? '' : String(this.rule.capacityPerMonth),
      { nonNullable: true, validators: [wholeNumberValidator(CAPACITY_MIN, CAPACITY_MAX, true)] },
    ),
  });

  private readonly weightText = toSignal(this.form.controls.weight.valueChanges, {
    initialValue: this.form.controls.weight.value,
  });
  /** The share the typed weight would give; null for none, undefined while the weight is not valid. */
  protected readonly previewShare = computed(() => {
    const weight = parseWholeNumber(this.weightText());
    return weight === null || weight > WEIGHT_MAX
      ? undefined
      : shareWithWeight(weight, this.data.othersWeight, this.rule.repActive);
  });

  protected errorFor(field: Field): string {
    // Reading the signal re-renders the view when the API answers; the control holds the current error.
    const fromApi = this.fieldErrors()[field];
    const errors = this.form.controls[field].errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('error.required');
    if (errors['wholeNumber']) return this.i18n.t('routing.wholeNumber');
    if (errors['range']) return this.i18n.t('routing.range', errors['range']);
    return fromApi ?? this.i18n.t('error.generic');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    this.fieldErrors.set({});
    const weight = parseWholeNumber(this.form.controls.weight.value) as number;
    const capacityPerMonth = parseWholeNumber(this.form.controls.capacityPerMonth.value);
    try {
      await firstValueFrom(
        this.setRule.mutate({ variables: { input: { repId: this.rule.repId, weight, capacityPerMonth } } }),
      );
      this.dialogRef.close({ weight, capacityPerMonth });
    } catch (error) {
      const shown = shownErrors(error, this.i18n, FIELDS);
      this.fieldErrors.set(shown.fields);
      for (const [field, message] of Object.entries(shown.fields)) {
        const control = this.form.get(field);
        control?.setErrors({ ...(control.errors ?? {}), server: message });
        control?.markAsTouched();
      }
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }
}
