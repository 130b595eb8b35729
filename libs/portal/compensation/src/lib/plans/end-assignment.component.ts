import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { todayIsoDate } from '@salesops/domain';
import {
  EndPlanAssignmentGQL,
  type PlanAssignmentRowFragment,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { assignmentProblem } from './assignment-dates';

/** Ends a rep's assignment from a day (on or before its first day, removes it). */
@Component({
  selector: 'so-end-assignment',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" data-testid="end-assignment-form" (ngSubmit)="submit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'compPlans.endFrom' | t: { name: assignment().repName } }}</mat-label>
        <input matInput name="to" autocomplete="off" data-testid="end-assignment-date" [(ngModel)]="to" />
        <mat-hint>{{ 'compPlans.endHint' | t }}</mat-hint>
      </mat-form-field>
      <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
      <button mat-flat-button type="submit" data-testid="end-assignment-submit" [disabled]="sending()">
        {{ 'compPlans.end' | t }}
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
      padding: 8px 0;
    }
    mat-form-field {
      flex: 1 1 220px;
      min-width: 0;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class EndAssignmentComponent {
  private readonly gql = inject(EndPlanAssignmentGQL);
  private readonly i18n = inject(I18nService);

  readonly assignment = input.required<PlanAssignmentRowFragment>();
  readonly finished = output<void>();
  readonly cancelled = output<void>();

  protected readonly to = signal(todayIsoDate());
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected submit(): void {
    const validTo = this.to().trim();
    // Any first day works here: on or before the assignment's own first day, the API removes it.
    if (assignmentProblem(validTo, '')) {
      this.errors.set([this.i18n.t('compPlans.endInvalid')]);
      return;
    }
    this.sending.set(true);
    this.errors.set([]);
    this.gql.mutate({ variables: { input: { assignmentId: this.assignment().id, validTo } } }).subscribe({
      next: () => {
        this.sending.set(false);
        this.finished.emit();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.errors.set([this.i18n.t('compPlans.endFailed'), ...shownErrors(error, this.i18n).banner]);
      },
    });
  }
}
