import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CreateTeamGQL,
  loadTeamOptions,
  ManagersGQL,
  SessionStore,
  shownErrors,
  TeamOptionsGQL,
  type TeamRowFragment,
  UpdateTeamGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { applyFieldErrors } from '../errors/apply-field-errors';

export interface TeamDialogData {
  readonly team: TeamRowFragment | null;
}

const FIELDS = ['name', 'parentId', 'managerId'] as const;

@Component({
  selector: 'so-team-dialog',
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
  templateUrl: './team-dialog.component.html',
  styleUrl: '../org-dialog.scss',
})
export class TeamDialogComponent {
  private readonly data = inject<TeamDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<TeamDialogComponent, TeamRowFragment>);
  private readonly createTeam = inject(CreateTeamGQL);
  private readonly updateTeam = inject(UpdateTeamGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly managersGql = inject(ManagersGQL);
  private readonly i18n = inject(I18nService);

  protected readonly team = this.data.team;
  // The users query is for administrators; a manager keeps the manager a team already has.
  protected readonly canPickManager = inject(SessionStore).role() === 'ADMIN';
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly banner = signal<readonly string[]>([]);

  protected readonly form = new FormGroup({
    name: new FormControl(this.team?.name ?? '', { nonNullable: true, validators: [Validators.required] }),
    parentId: new FormControl<string | null>(this.team?.parentId ?? null),
    managerId: new FormControl<string | null>({
      value: this.team?.managerId ?? null,
      disabled: !this.canPickManager,
    }),
  });

  private readonly teamOptions = resource({ loader: () => loadTeamOptions(this.teamOptionsGql) });
  protected readonly parents = computed(() => {
    const loaded = (this.teamOptions.hasValue() ? this.teamOptions.value() : []).filter(
      (o) => o.id !== this.team?.id,
    );
    const current = this.team?.parent;
    return current && !loaded.some((o) => o.id === current.id)
      ? [{ ...current, parentId: null }, ...loaded]
      : loaded;
  });
  private readonly managerOptions = resource({
    params: () => (this.canPickManager ? true : undefined),
    loader: async () => {
      const result = await firstValueFrom(
        this.managersGql.fetch({ variables: { search: null }, fetchPolicy: 'network-only' }),
      );
      return result.data?.users.edges.map((edge) => edge.node) ?? [];
    },
  });
  protected readonly managers = computed(() => {
    const loaded = this.managerOptions.hasValue() ? (this.managerOptions.value() ?? []) : [];
    const current = this.team?.manager;
    // Show the current manager even when the list cannot be loaded (managers editing their team).
    return current && !loaded.some((m) => m.id === current.id)
      ? [{ ...current, email: '' }, ...loaded]
      : loaded;
  });

  protected errorFor(field: (typeof FIELDS)[number]): string {
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
    const { name, parentId, managerId } = this.form.getRawValue();
    try {
      const saved = this.team
        ? await firstValueFrom(
            this.updateTeam.mutate({
              variables: {
                input: {
                  id: this.team.id,
                  name: name.trim(),
                  // Only what changed: a manager may not be allowed to restate a parent outside their scope.
                  ...(parentId !== this.team.parentId ? { parentId } : {}),
                  ...(this.canPickManager && managerId !== this.team.managerId ? { managerId } : {}),
                },
              },
            }),
          ).then((result) => result.data?.updateTeam)
        : await firstValueFrom(
            this.createTeam.mutate({ variables: { input: { name: name.trim(), parentId, managerId } } }),
          ).then((result) => result.data?.createTeam);
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
}
