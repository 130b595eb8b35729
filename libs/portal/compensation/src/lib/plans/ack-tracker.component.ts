import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PlanAssignmentsGQL } from '@salesops/portal/data-access';
import { LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';
import { trackerRows } from './ack-tracker-model';

/** Who is assigned to a version and who has not accepted it yet (those first). */
@Component({
  selector: 'so-ack-tracker',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (assignments.isLoading()) {
      <p class="muted" role="status">{{ 'common.loading' | t }}</p>
    } @else if (assignments.error()) {
      <p class="error" role="alert">{{ 'compPlans.loadFailed' | t }}</p>
    } @else if (rows().length === 0) {
      <p class="muted">{{ 'compPlans.noAssignments' | t }}</p>
    } @else {
      <p class="muted" data-testid="tracker-pending">
        @if (pending() === 0) {
          {{ 'compPlans.allAccepted' | t }}
        } @else {
          {{ 'compPlans.pendingCount' | t: { count: pending() } }}
        }
      </p>
      <ul class="rows" data-testid="tracker">
        @for (row of rows(); track row.id) {
          <li data-testid="tracker-row" [class.pending]="!row.acknowledgedAt">
            <span class="name">{{ row.repName }}</span>
            <span class="team">{{ row.teamName }}</span>
            <span class="state">
              @if (row.acknowledgedAt) {
                {{ 'compPlans.acceptedOn' | t: { date: (row.acknowledgedAt | localDate) } }}
              } @else {
                {{ 'compPlans.notAccepted' | t }}
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 8px 16px 16px;
    }
    p {
      margin: 0 0 8px;
      font: var(--mat-sys-body-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .rows {
      margin: 0;
      padding: 0;
      list-style: none;
      max-height: 360px;
      overflow-y: auto;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr) minmax(120px, auto);
      gap: 12px;
      padding: 6px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    .team {
      color: var(--mat-sys-on-surface-variant);
    }
    .state {
      white-space: nowrap;
      text-align: right;
      color: var(--mat-sys-on-surface-variant);
    }
    .pending .state {
      color: var(--mat-sys-tertiary);
      font-weight: 500;
    }
  `,
})
export class AckTrackerComponent {
  private readonly gql = inject(PlanAssignmentsGQL);

  readonly versionId = input.required<string>();

  protected readonly assignments = rxResource({
    params: () => this.versionId(),
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: { planVersionId: params, repId: null }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.planAssignments ?? [])),
  });
  protected readonly rows = computed(() =>
    trackerRows(this.assignments.hasValue() ? this.assignments.value() : []),
  );
  protected readonly pending = computed(() => this.rows().filter((row) => !row.acknowledgedAt).length);
}
