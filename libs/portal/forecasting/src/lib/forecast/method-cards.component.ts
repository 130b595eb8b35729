import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import {
  type ForecastMethod,
  type ForecastMethodRowFragment,
  type ForecastMetric,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { formatFigure, formatSignedPercent } from './forecast-format';
import { forecastNoteText } from './forecast-notes';
import { familyKey, methodKey } from './forecast-words';

/** Every method's forecast side by side, the recommended first; choosing one draws it in the chart. */
@Component({
  selector: 'so-method-cards',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (m of methods(); track m.method) {
      <button
        type="button"
        class="card"
        data-testid="method-card"
        [attr.data-method]="m.method"
        [class.selected]="m.method === selected()"
        [class.recommended]="m.recommended"
        [attr.aria-pressed]="m.method === selected()"
        (click)="selectedChange.emit(m.method)"
      >
        <span class="head">
          <span class="name">{{ methodKey(m.method) | t }}</span>
          @if (m.recommended) {
            <span class="badge" data-testid="method-recommended">{{ 'forecast.recommended' | t }}</span>
          }
        </span>
        <span class="family">{{ familyKey(m.family) | t }}</span>
        @if (m.point !== null) {
          <span class="point" data-testid="method-point">{{ figure(m.point) }}</span>
          @if (m.p10 !== null && m.p90 !== null) {
            <span class="interval">P10–P90 {{ figure(m.p10) }} – {{ figure(m.p90) }}</span>
          } @else {
            <span class="interval muted">{{ 'forecast.noInterval' | t }}</span>
          }
        } @else {
          <span class="point none">–</span>
        }
        @if (m.wape !== null) {
          <span class="record">
            {{ 'forecast.wapeShort' | t: { wape: i18n.formatPercent(m.wape) } }} ·
            {{ 'forecast.biasShort' | t: { bias: signed(m.bias) } }}
            @if (m.coverage !== null) {
              · {{ 'forecast.coverageShort' | t: { coverage: i18n.formatPercent(m.coverage) } }}
            }
          </span>
        } @else {
          <span class="record muted">{{ 'forecast.notBacktested' | t }}</span>
        }
        @if (noteOf(m); as note) {
          <span class="note" data-testid="method-note" [attr.title]="note">{{ note }}</span>
        }
      </button>
    }
  `,
  styleUrl: './method-cards.component.scss',
})
export class MethodCardsComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly methodKey = methodKey;
  protected readonly familyKey = familyKey;

  readonly methods = input.required<readonly ForecastMethodRowFragment[]>();
  readonly metric = input.required<ForecastMetric>();
  readonly currency = input<string | null>(null);
  readonly selected = input<ForecastMethod | null>(null);
  readonly selectedChange = output<ForecastMethod>();

  protected figure(value: string | null): string {
    return formatFigure(this.i18n, value, this.metric(), this.currency());
  }

  protected noteOf(method: ForecastMethodRowFragment): string | null {
    return forecastNoteText(this.i18n, method);
  }

  protected signed(value: number | null): string {
    return formatSignedPercent(this.i18n, value) || '–';
  }
}
