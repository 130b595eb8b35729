import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { PlanAssignmentsGQL } from '@salesops/portal/data-access';
import { LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';

import { trackerRows } from './ack-tracker-model';
import { EndAssignmentComponent } from './end-assignment.component';

/** Who is assigned to a version and who has not accepted it yet (those first). */
@Component({
  selector: 'so-ack-tracker',
  imports: [MatButtonModule, EndAssignmentComponent, LocalDatePipe, TranslatePipe],
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
              @if (row.validTo) {
                <br /><span class="until" data-testid="tracker-until">{{
                  'compPlans.until' | t: { date: (row.validTo | localDate) }
                }}</span>
              }
            </span>
            @if (canEnd()) {
              <button
                mat-button
                type="button"
                class="end"
                data-testid="tracker-end"
                [attr.aria-expanded]="ending() === row.id"
                (click)="ending.set(ending() === row.id ? null : row.id)"
              >
                {{ 'compPlans.end' | t }}
              </button>
            }
            @if (ending() === row.id) {
              <so-end-assignment
                class="ending"
                [assignment]="row"
                (finished)="onEnded()"
                (cancelled)="ending.set(null)"
              />
            }
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
      grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr) minmax(120px, auto) auto;
      align-items: center;
      gap: 4px 12px;
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
    .ending {
      grid-column: 1 / -1;
    }
    .until {
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 600px) {
      li {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .team {
        display: none;
      }
      .state {
        text-align: left;
        white-space: normal;
        grid-column: 1;
      }
      .end {
        grid-column: 2;
        grid-row: 1 / span 2;
      }
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
  /** Admins may end a rep's assignment from here. */
  readonly canEnd = input(false);
  readonly changed = output<void>();

  /** The assignment whose end is being asked for. */
  protected readonly ending = signal<string | null>(null);

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

  protected onEnded(): void {
    this.ending.set(null);
    this.assignments.reload();
    this.changed.emit();
  }
}
