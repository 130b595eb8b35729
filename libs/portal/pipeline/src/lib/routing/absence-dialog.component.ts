import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { todayIsoDate } from '@salesops/domain';
import { AddRepAbsenceGQL, shownErrors } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { calendarDateValidator, dateOrderValidator, REASON_MAX } from './routing-form';

export interface AbsenceDialogData {
  readonly repId: string;
  readonly repName: string;
  /** The first day offered; today unless a test says otherwise. */
  readonly today?: string;
}

const FIELDS = ['startsOn', 'endsOn', 'reason'] as const;
type Field = (typeof FIELDS)[number];

/** Records days a rep is away (both ends included); closes with the new absence's id. */
@Component({
  selector: 'so-absence-dialog',
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
    <h2 mat-dialog-title>{{ 'routing.absenceTitle' | t: { name: data.repName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <so-error-banner [messages]="banner()" />
        <p class="hint">{{ 'routing.absenceHint' | t }}</p>
        <div class="dates">
          <mat-form-field>
            <mat-label>{{ 'routing.startsOn' | t }}</mat-label>
            <input matInput type="date" formControlName="startsOn" data-testid="absence-start" required />
            <mat-error data-testid="error-startsOn">{{ errorFor('startsOn') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'routing.endsOn' | t }}</mat-label>
            <input
              matInput
              type="date"
              formControlName="endsOn"
              data-testid="absence-end"
              [min]="form.controls.startsOn.value"
              required
            />
            <mat-error data-testid="error-endsOn">{{ errorFor('endsOn') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'routing.absenceReason' | t }}</mat-label>
          <input
            matInput
            formControlName="reason"
            data-testid="absence-reason"
            autocomplete="off"
            [maxlength]="reasonMax"
          />
          <mat-hint align="end">{{ form.controls.reason.value.length }} / {{ reasonMax }}</mat-hint>
          <mat-error data-testid="error-reason">{{ errorFor('reason') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="absence-save" [disabled]="saving()">
          {{ 'routing.addAbsence' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './routing-dialog.scss',
})
export class AbsenceDialogComponent {
  protected readonly data = inject<AbsenceDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<AbsenceDialogComponent, string>);
  private readonly addAbsence = inject(AddRepAbsenceGQL);
  private readonly i18n = inject(I18nService);

  protected readonly reasonMax = REASON_MAX;
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);

  private readonly today = this.data.today ?? todayIsoDate();
  protected readonly form = new FormGroup(
    {
      startsOn: new FormControl(this.today, { nonNullable: true, validators: [calendarDateValidator] }),
      endsOn: new FormControl(this.today, { nonNullable: true, validators: [calendarDateValidator] }),
      reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(REASON_MAX)] }),
    },
    { validators: [dateOrderValidator('startsOn', 'endsOn')] },
  );

  constructor() {
    // The order error lives on the group; show it on the last day, where it is fixed.
    this.form.statusChanges.subscribe(() => this.syncOrderError());
  }

  protected errorFor(field: Field): string {
    const fromApi = this.fieldErrors()[field];
    const errors = this.form.controls[field].errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('error.required');
    if (errors['date']) return this.i18n.t('routing.invalidDate');
    if (errors['endBeforeStart']) return this.i18n.t('routing.endBeforeStart');
    if (errors['maxlength']) return this.i18n.t('routing.reasonTooLong', { max: REASON_MAX });
    return fromApi ?? this.i18n.t('error.generic');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.syncOrderError();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    this.fieldErrors.set({});
    const { startsOn, endsOn, reason } = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.addAbsence.mutate({
          variables: { input: { repId: this.data.repId, startsOn, endsOn, reason: reason.trim() || null } },
        }),
      );
      this.dialogRef.close(result.data?.addAbsence ?? '');
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

  private syncOrderError(): void {
    const end = this.form.controls.endsOn;
    const wrongOrder = !!this.form.errors?.['endBeforeStart'];
    const has = !!end.errors?.['endBeforeStart'];
    if (wrongOrder === has) return;
    if (wrongOrder) {
      end.setErrors({ ...(end.errors ?? {}), endBeforeStart: true }, { emitEvent: false });
      end.markAsTouched();
    } else {
      const rest: Record<string, unknown> = { ...(end.errors ?? {}) };
      delete rest['endBeforeStart'];
      end.setErrors(Object.keys(rest).length ? rest : null, { emitEvent: false });
    }
  }
}
