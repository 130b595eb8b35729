import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MoveRepGQL, type RepRowFragment, shownErrors, type TeamOption } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

export interface MoveRepDialogData {
  readonly rep: RepRowFragment;
  readonly teams: readonly TeamOption[];
}

@Component({
  selector: 'so-move-rep-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ErrorBannerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'reps.moveTitle' | t: { name: rep.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <so-error-banner [messages]="banner()" />
        <p class="hint">{{ 'reps.moveHint' | t }}</p>
        <mat-form-field>
          <mat-label>{{ 'reps.moveTeam' | t }}</mat-label>
          <mat-select formControlName="teamId" data-testid="move-team" required>
            @for (team of teams(); track team.id) {
              <mat-option [value]="team.id">{{ team.name }}</mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-teamId">{{ teamError() || ('error.required' | t) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="form-cancel">
          {{ 'common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="move-save" [disabled]="saving()">
          {{ 'reps.move' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../org-dialog.scss',
})
export class MoveRepDialogComponent {
  private readonly data = inject<MoveRepDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<MoveRepDialogComponent, RepRowFragment>);
  private readonly moveRep = inject(MoveRepGQL);
  private readonly i18n = inject(I18nService);

  protected readonly rep = this.data.rep;
  protected readonly teams = computed(() => this.data.teams.filter((team) => team.id !== this.rep.teamId));
  private readonly teamId = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly form = new FormGroup({ teamId: this.teamId });
  protected readonly saving = signal(false);
  protected readonly teamError = signal('');
  protected readonly banner = signal<readonly string[]>([]);

  protected async save(): Promise<void> {
    this.teamId.markAsTouched();
    if (this.teamId.invalid || this.saving()) return;
    this.saving.set(true);
    this.banner.set([]);
    this.teamError.set('');
    try {
      const result = await firstValueFrom(
        this.moveRep.mutate({ variables: { input: { repId: this.rep.id, teamId: this.teamId.value } } }),
      );
      this.dialogRef.close(result.data?.moveRep);
    } catch (error) {
      const shown = shownErrors(error, this.i18n, ['teamId']);
      const message = shown.fields['teamId'];
      if (message) {
        this.teamId.setErrors({ server: message });
        this.teamError.set(message);
      }
      this.banner.set(shown.banner);
    } finally {
      this.saving.set(false);
    }
  }
}
