import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateRepGQL,
  type RepRowFragment,
  shownErrors,
  type TeamOption,
  UpdateRepGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { applyFieldErrors } from '../errors/apply-field-errors';

export interface RepDialogData {
  readonly rep: RepRowFragment | null;
  readonly teams: readonly TeamOption[];
}

const FIELDS = ['name', 'email', 'teamId', 'hireDate'] as const;
type Field = (typeof FIELDS)[number];

@Component({
  selector: 'so-rep-dialog',
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
  templateUrl: './rep-dialog.component.html',
  styleUrl: '../org-dialog.scss',
})
export class RepDialogComponent {
  private readonly data = inject<RepDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<RepDialogComponent, RepRowFragment>);
  private readonly createRep = inject(CreateRepGQL);
  private readonly updateRep = inject(UpdateRepGQL);
  private readonly i18n = inject(I18nService);

  protected readonly rep = this.data.rep;
  protected readonly teams = this.teamsWithCurrent();
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);

  protected readonly form = new FormGroup({
    name: new FormControl(this.rep?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    // Only "required" here: the API owns the email rules and its message shows next to the field.
    email: new FormControl(this.rep?.email ?? '', { nonNullable: true, validators: [Validators.required] }),
    // The team changes through "Move", which dates the change; editing keeps it read-only.
    teamId: new FormControl(
      { value: this.rep?.teamId ?? '', disabled: !!this.rep },
      { nonNullable: true, validators: [Validators.required] },
    ),
    hireDate: new FormControl(this.rep?.hireDate ?? '', { nonNullable: true }),
  });

  protected errorFor(field: Field): string {
    // Reading the signal re-renders the view when the API answers; the control holds the current error.
    const fromApi = this.fieldErrors()[field];
    const errors = this.form.controls[field].errors;
    if (errors?.['server']) return String(errors['server']);
    if (errors?.['required']) return this.i18n.t('error.required');
    return errors ? (fromApi ?? this.i18n.t('error.generic')) : '';
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    this.fieldErrors.set({});
    const { name, email, teamId, hireDate } = this.form.getRawValue();
    try {
      const saved = this.rep
        ? await firstValueFrom(
            this.updateRep.mutate({
              variables: {
                input: {
                  id: this.rep.id,
                  name: name.trim(),
                  email: email.trim(),
                  hireDate: hireDate || null,
                },
              },
            }),
          ).then((result) => result.data?.updateRep)
        : await firstValueFrom(
            this.createRep.mutate({
              variables: {
                input: { name: name.trim(), email: email.trim(), teamId, hireDate: hireDate || undefined },
              },
            }),
          ).then((result) => result.data?.createRep);
      this.dialogRef.close(saved);
    } catch (error) {
      const shown = shownErrors(error, this.i18n, FIELDS);
      this.fieldErrors.set(shown.fields);
      applyFieldErrors(this.form, shown.fields);
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }

  private teamsWithCurrent(): readonly TeamOption[] {
    const current = this.data.rep?.team;
    if (!current || this.data.teams.some((team) => team.id === current.id)) return this.data.teams;
    return [{ id: current.id, name: current.name, parentId: null }, ...this.data.teams];
  }
}
