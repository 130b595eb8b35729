import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { type BacktestMethod } from './forecast-csv';
import { formatSignedPercent } from './forecast-format';
import { forecastNoteText } from './forecast-notes';
import { methodKey } from './forecast-words';

/** The rolling-origin backtest per method: WAPE, bias and P10–P90 coverage, next to the naive baselines. */
@Component({
  selector: 'so-accuracy-table',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h2>{{ 'forecast.accuracy' | t }}</h2>
      <button
        mat-stroked-button
        type="button"
        data-testid="accuracy-export"
        [disabled]="methods().length === 0"
        (click)="exported.emit()"
      >
        {{ 'common.exportCsv' | t }}
      </button>
    </div>
    <p class="explain">{{ 'forecast.accuracyExplain' | t: { months: horizonMonths() } }}</p>
    @if (methods().length === 0) {
      <p class="empty" data-testid="accuracy-empty">{{ 'forecast.accuracyEmpty' | t }}</p>
    } @else {
      <div class="table-scroll">
        <table data-testid="accuracy-table">
          <thead>
            <tr>
              <th>{{ 'forecast.col.method' | t }}</th>
              <th class="numeric">WAPE</th>
              <th class="numeric">{{ 'forecast.col.bias' | t }}</th>
              <th class="numeric">{{ 'forecast.col.coverage' | t }}</th>
              <th class="numeric">{{ 'forecast.col.origins' | t }}</th>
              <th>{{ 'forecast.col.beatsNaive' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of methods(); track m.method) {
              <tr data-testid="accuracy-row" [class.best]="m.method === recommended()">
                <td>
                  {{ methodKey(m.method) | t }}
                  @if (noteOf(m); as note) {
                    <span class="secondary" data-testid="accuracy-note">{{ note }}</span>
                  }
                </td>
                <td class="numeric">
                  {{ m.wape === null ? '–' : i18n.formatPercent(m.wape) }}
                  @if (m.ownWape !== null && m.ownWape !== m.wape) {
                    <span class="secondary">{{
                      'forecast.ownWape' | t: { wape: i18n.formatPercent(m.ownWape) }
                    }}</span>
                  }
                </td>
                <td class="numeric">{{ signed(m.bias) }}</td>
                <td class="numeric">
                  {{ m.coverage === null ? '–' : i18n.formatPercent(m.coverage) }}
                  @if (m.intervals > 0) {
                    <span class="secondary">{{ 'forecast.ofIntervals' | t: { count: m.intervals } }}</span>
                  }
                </td>
                <td class="numeric">{{ m.origins }}</td>
                <td>{{ beats(m.method, m.beatsNaive) | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './accuracy-table.component.scss',
})
export class AccuracyTableComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly methodKey = methodKey;

  readonly methods = input.required<readonly BacktestMethod[]>();
  readonly recommended = input<string | null>(null);
  readonly horizonMonths = input(3);
  readonly exported = output<void>();

  protected noteOf(method: BacktestMethod): string | null {
    return forecastNoteText(this.i18n, method);
  }

  protected signed(value: number | null): string {
    return formatSignedPercent(this.i18n, value) || '–';
  }

  protected beats(method: string, value: boolean | null): TranslationKey {
    if (method === 'NAIVE') return 'forecast.baseline';
    return value === null ? 'forecast.unknown' : value ? 'forecast.yes' : 'forecast.no';
  }
}
