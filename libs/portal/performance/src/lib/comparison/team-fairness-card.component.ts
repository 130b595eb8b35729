import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';

import { fairnessReading, type LeadShare, leadsPerRep, type TeamFairness } from './comparison-model';
import { GiniChipComponent } from './gini-chip.component';

/** Below this part of the leads out of place, a team's leads followed its routing weights. */
const WEIGHTS_MET = 0.05;

/** How evenly one team's leads were shared: the Gini readings in words and a bar per rep. */
@Component({
  selector: 'so-team-fairness-card',
  imports: [GiniChipComponent, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 data-testid="cmp-fairness-name">{{ team().teamName }}</h3>
    <p class="meta">
      {{
        'cmp.fairness.meta'
          | t
            : {
                reps: (team().reps | localNumber),
                leads: (team().leads | localNumber),
                perRep: (perRep() | localNumber) || '—',
              }
      }}
    </p>
    <div class="chips">
      <so-gini-chip
        [gini]="team().leadsGini"
        [label]="'cmp.fairness.leadsGini' | t"
        data-testid="cmp-gini-leads"
      />
      <so-gini-chip
        [gini]="team().valueGini"
        [label]="'cmp.fairness.valueGini' | t"
        data-testid="cmp-gini-value"
      />
    </div>
    <p class="reading" data-testid="cmp-fairness-reading">{{ explanation() }}</p>
    @if (weightReading(); as reading) {
      <p class="reading" data-testid="cmp-weight-gap">{{ reading }}</p>
    }
    <ul class="shares" [attr.aria-label]="'cmp.fairness.perRepTitle' | t">
      @for (share of shares(); track share.repId) {
        <li [class.picked]="picked().has(share.repId)">
          <span class="name" [title]="share.repName">{{ share.repName }}</span>
          <span class="bar" aria-hidden="true"><span [style.width.%]="share.widthPct"></span></span>
          <span class="count">{{ share.leads | localNumber }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .meta,
    .reading {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .reading {
      margin: 8px 0;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-top: 8px;
    }
    .shares {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 11em) 1fr 3em;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-body-small);
    }
    li.picked {
      font-weight: 600;
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .count {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .bar {
      display: block;
      height: 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
    }
    .bar span {
      display: block;
      height: 100%;
      min-width: 1px;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .picked .bar span {
      background: var(--mat-sys-tertiary);
    }
  `,
})
export class TeamFairnessCardComponent {
  private readonly i18n = inject(I18nService);

  readonly team = input.required<TeamFairness>();
  readonly shares = input<readonly LeadShare[]>([]);
  /** Reps picked for the side-by-side view, shown in bold. */
  readonly picked = input<ReadonlySet<string>>(new Set());

  protected readonly perRep = computed(() => leadsPerRep(this.team()));
  /**
   * Only where the team's reps have different routing weights: how far the leads fell from them. With equal
   * weights the gap is only the distance from even, which the Gini readings already say.
   */
  protected readonly weightReading = computed(() => {
    const { weighted, weightGap } = this.team();
    if (!weighted || weightGap === null) return null;
    return weightGap < WEIGHTS_MET
      ? this.i18n.t('cmp.fairness.weightsMet')
      : this.i18n.t('cmp.fairness.weightGap', { share: this.i18n.formatPercent(weightGap) });
  });
  protected readonly explanation = computed(() => {
    const reading = fairnessReading(this.team().leadsGini);
    return reading ? this.i18n.t(`cmp.fairness.explain.${reading}`) : this.i18n.t('cmp.fairness.noLeads');
  });
}
