import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  shownErrors,
  SurveyAdminNewWaveGQL,
  type SurveyAdminRowFragment,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { closesAfterOpens, fromLocalInput, toLocalInput } from './survey-model';

export interface NewWaveDialogData {
  readonly survey: Pick<SurveyAdminRowFragment, 'id' | 'title' | 'wave' | 'opensAt' | 'closesAt'>;
}

const FIELDS = ['opensAt', 'closesAt'] as const;
const DAY = 24 * 3600 * 1000;

/** Dates for the next wave of a survey; the new wave is a draft with the same questions. */
@Component({
  selector: 'so-new-wave-dialog',
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
    <h2 mat-dialog-title>{{ 'survey.newWaveTitle' | t: { wave: survey.wave + 1 } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <so-error-banner [messages]="banner()" />
        <p class="hint">{{ 'survey.newWaveText' | t: { title: survey.title } }}</p>
        <mat-form-field>
          <mat-label>{{ 'survey.field.opensAt' | t }}</mat-label>
          <input
            matInput
            type="datetime-local"
            formControlName="opensAt"
            data-testid="wave-opens-at"
            required
          />
          <mat-error data-testid="error-wave-opensAt">{{ errorFor('opensAt') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'survey.field.closesAt' | t }}</mat-label>
          <input
            matInput
            type="datetime-local"
            formControlName="closesAt"
            data-testid="wave-closes-at"
            required
          />
          <mat-error data-testid="error-wave-closesAt">{{ errorFor('closesAt') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="wave-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="wave-save" [disabled]="saving()">
          {{ 'survey.newWaveCreate' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    @use 'dialog';
  `,
})
export class NewWaveDialogComponent {
  private readonly data = inject<NewWaveDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<NewWaveDialogComponent, SurveyAdminRowFragment>);
  private readonly newWave = inject(SurveyAdminNewWaveGQL);
  private readonly i18n = inject(I18nService);

  protected readonly survey = this.data.survey;
  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  // Re-read by the template after an answer; the messages live on the controls.
  private readonly answered = signal(0);

  protected readonly form = new FormGroup({
    opensAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    // The next wave opens now and runs as long as this one did (two weeks when that is unknown).
    const opens = new Date();
    opens.setSeconds(0, 0);
    const length = new Date(this.survey.closesAt).getTime() - new Date(this.survey.opensAt).getTime();
    const closes = new Date(opens.getTime() + (length > 0 ? length : 14 * DAY));
    this.form.setValue({ opensAt: toLocalInput(opens), closesAt: toLocalInput(closes) });
  }

  protected errorFor(field: (typeof FIELDS)[number]): string {
    this.answered();
    const errors = this.form.controls[field].errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.i18n.t('error.required');
    if (errors['order']) return this.i18n.t('survey.error.closesBeforeOpens');
    return this.i18n.t('survey.error.badDate');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const { opensAt, closesAt } = this.form.getRawValue();
    const opens = fromLocalInput(opensAt);
    const closes = fromLocalInput(closesAt);
    if (opensAt && !opens) this.form.controls.opensAt.setErrors({ date: true });
    if (closesAt && !closes) this.form.controls.closesAt.setErrors({ date: true });
    else if (!closesAfterOpens(opensAt, closesAt)) this.form.controls.closesAt.setErrors({ order: true });
    this.answered.update((n) => n + 1);
    if (this.form.invalid || !opens || !closes || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    try {
      const result = await firstValueFrom(
        this.newWave.mutate({
          variables: { input: { fromSurveyId: this.survey.id, opensAt: opens, closesAt: closes } },
        }),
      );
      this.dialogRef.close(result.data?.newSurveyWave);
    } catch (error) {
      const shown = shownErrors(error, this.i18n, FIELDS);
      for (const [field, message] of Object.entries(shown.fields)) {
        const control = this.form.get(field);
        control?.setErrors({ server: message });
        control?.markAsTouched();
      }
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
      this.answered.update((n) => n + 1);
    }
  }
}
