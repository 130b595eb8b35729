import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';

import { type ComparisonSummary } from './comparison-model';

/** The counts above the comparison table: reps, high and low outliers, flagged reps, stuck deals. */
@Component({
  selector: 'so-comparison-summary',
  imports: [LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card" data-testid="cmp-sum-reps">
      <span class="label">{{ 'cmp.sum.reps' | t }}</span>
      <span class="value">{{ summary().reps | localNumber }}</span>
    </div>
    <div class="card" data-testid="cmp-sum-high">
      <span class="label">{{ 'cmp.sum.high' | t }}</span>
      <span class="value good">{{ summary().high | localNumber }}</span>
    </div>
    <div class="card" data-testid="cmp-sum-low">
      <span class="label">{{ 'cmp.sum.low' | t }}</span>
      <span class="value warn">{{ summary().low | localNumber }}</span>
    </div>
    <div class="card" data-testid="cmp-sum-flagged">
      <span class="label">{{ 'cmp.sum.flagged' | t }}</span>
      <span class="value">{{ summary().flagged | localNumber }}</span>
      <span class="hint">{{ 'cmp.sum.stuck' | t: { count: (summary().stuckDeals | localNumber) } }}</span>
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    .label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
    }
    .good {
      color: var(--so-good, #1e6b3a);
    }
    .warn {
      color: var(--so-warning-text, #8a3a0c);
    }
    @media (max-width: 599px) {
      :host {
        grid-template-columns: 1fr 1fr;
      }
      .card {
        padding: 12px;
      }
      .value {
        font: var(--mat-sys-title-medium);
      }
    }
  `,
})
export class ComparisonSummaryComponent {
  readonly summary = input.required<ComparisonSummary>();
}
