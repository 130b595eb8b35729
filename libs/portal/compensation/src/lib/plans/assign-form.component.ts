import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { isCalendarDate } from '@salesops/domain';
import {
  AssignPlanGQL,
  loadTeamOptions,
  shownErrors,
  type TeamOption,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

/** Puts a whole team (and the teams below it) on a published version from a day. */
@Component({
  selector: 'so-assign-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" data-testid="assign-form" (ngSubmit)="submit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'compPlans.assignTeam' | t }}</mat-label>
        <mat-select
          name="team"
          data-testid="assign-team"
          [value]="teamId()"
          (valueChange)="teamId.set($event)"
        >
          @for (team of teams(); track team.id) {
            <mat-option [value]="team.id">{{ team.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'compPlans.assignFrom' | t }}</mat-label>
        <input
          matInput
          name="from"
          autocomplete="off"
          data-testid="assign-from"
          [ngModel]="from()"
          (ngModelChange)="from.set($event)"
        />
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="assign-submit" [disabled]="sending()">
        {{ 'compPlans.assign' | t }}
      </button>
      @for (message of errors(); track $index) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 16px 16px;
    }
    mat-form-field {
      flex: 1 1 180px;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class AssignFormComponent {
  private readonly assignGql = inject(AssignPlanGQL);
  private readonly teamsGql = inject(TeamOptionsGQL);
  private readonly i18n = inject(I18nService);

  readonly versionId = input.required<string>();
  /** The version's first day, suggested as the assignment's. */
  readonly effectiveFrom = input.required<string>();
  readonly assigned = output<number>();

  protected readonly teams = signal<TeamOption[]>([]);
  protected readonly teamId = signal<string | null>(null);
  protected readonly from = linkedSignal(() => this.effectiveFrom());
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    loadTeamOptions(this.teamsGql).then(
      (teams) => this.teams.set(teams),
      () => this.errors.set([this.i18n.t('error.generic')]),
    );
  }

  protected submit(): void {
    const teamId = this.teamId();
    const validFrom = this.from().trim();
    if (!teamId || !isCalendarDate(validFrom)) {
      this.errors.set([this.i18n.t('compPlans.assignInvalid')]);
      return;
    }
    this.sending.set(true);
    this.errors.set([]);
    this.assignGql
      .mutate({ variables: { input: { planVersionId: this.versionId(), teamId, validFrom } } })
      .subscribe({
        next: (result) => {
          this.sending.set(false);
          this.assigned.emit(result.data?.assignPlan.length ?? 0);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.errors.set([this.i18n.t('compPlans.assignFailed'), ...shownErrors(error, this.i18n).banner]);
        },
      });
  }
}
