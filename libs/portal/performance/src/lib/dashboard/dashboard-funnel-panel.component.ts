import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  DashboardFunnelGQL,
  type DrillDown,
  keptWhileLoading,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import { StateMessageComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { StageFunnelChartComponent } from './stage-funnel-chart.component';

/** Whose funnel, for which period: everything the caller sees, one team (and below), or one rep. */
export interface FunnelParams {
  period: string;
  teamId: string | null;
  repId: string | null;
}

/**
 * The dashboard's stage-to-stage funnel of the scope, with its own query. Below the fold: the page creates
 * it in `@defer (on idle)`, after its first frame, so neither its code nor its query (the slowest of the
 * page's on the server) come before the page's first paint (decision 0035).
 */
@Component({
  selector: 'so-dashboard-funnel-panel',
  imports: [
    MatProgressBarModule,
    StageFunnelChartComponent,
    StateMessageComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'dash-funnel', '[attr.aria-busy]': 'funnel.isLoading()' },
  template: `
    <div class="panel-head">
      <h2>{{ 'dash.funnel.title' | t }}</h2>
      <p class="panel-hint">
        {{
          scopeName() === null
            ? ('dash.funnel.subtitleAll' | t)
            : ('dash.funnel.subtitle' | t: { scope: scopeName() ?? '' })
        }}
      </p>
      @if (shownFunnel(); as f) {
        <p class="totals" data-testid="funnel-totals">
          {{
            'dash.funnel.totals'
              | t
                : { deals: (f.deals | localNumber), won: (f.won | localNumber), lost: (f.lost | localNumber) }
          }}
        </p>
      }
    </div>
    <div class="progress">
      @if (funnel.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (funnelError().length > 0) {
      <so-state-message
        kind="error"
        data-testid="funnel-error"
        [message]="('dash.funnel.error' | t) + ' ' + funnelError()[0]"
        [actionLabel]="'common.retry' | t"
        (action)="funnel.reload()"
      />
    } @else if (shownFunnel(); as f) {
      @if (f.deals === 0 || f.steps.length === 0) {
        <so-state-message data-testid="funnel-empty" [message]="'dash.funnel.empty' | t" />
      } @else {
        <div class="funnel-body" [class.stale]="funnel.isLoading()">
          <so-stage-funnel-chart [conversion]="f" [dealsLink]="funnelDeals()" />
        </div>
      }
    }
  `,
  styleUrl: './dashboard-funnel-panel.component.scss',
})
export class DashboardFunnelPanelComponent {
  private readonly funnelGql = inject(DashboardFunnelGQL);
  private readonly i18n = inject(I18nService);

  /** Undefined while the page does not know its period yet. */
  readonly params = input.required<FunnelParams | undefined>();
  /** The scope's name in the subtitle; null for everything the caller sees. */
  readonly scopeName = input.required<string | null>();
  /** Whether the counts link to the deals list (a rep has none). */
  readonly linked = input(true);

  protected readonly funnel = rxResource({
    params: () => this.params(),
    stream: ({ params }) =>
      this.funnelGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.stageConversion)),
  });
  protected readonly shownFunnel = keptWhileLoading(this.funnel);
  /**
   * The deals behind the funnel's counts: its book at the period's end, a team's by who was in it on each
   * deal's engage date, as the funnel counts them.
   */
  protected readonly funnelDeals = computed((): DrillDown | null => {
    const funnel = this.shownFunnel();
    const params = this.params();
    if (!funnel || !params || !this.linked()) return null;
    const who: DrillDown = params.repId
      ? { repId: params.repId }
      : params.teamId
        ? { teamId: params.teamId, teamMembership: 'ON_ENGAGE_DATE' }
        : {};
    return { ...who, assigned: true, bookAt: funnel.period.end };
  });
  protected readonly funnelError = computed(() =>
    this.funnel.error() ? shownErrors(this.funnel.error(), this.i18n).banner : [],
  );
}
