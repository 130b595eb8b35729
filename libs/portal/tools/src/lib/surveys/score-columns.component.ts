import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LocalNumberPipe } from '@salesops/portal/i18n';

import { bars, type Bucket, npsGroupOf } from './survey-charts';

export type ScoreScale = 'CSAT' | 'NPS';

/** A column's fill: CSAT 4 and 5 are good; NPS columns take their group's colour. */
export function columnFill(scale: ScoreScale, label: string): string {
  if (scale === 'NPS') return `fill ${npsGroupOf(Number(label))}`;
  return Number(label) >= 4 ? 'fill good' : 'fill';
}

/**
 * A score question's answers as a column per score (1-5 for CSAT, 0-10 for NPS), the tallest filling
 * its track; each count is also written out and given to screen readers.
 */
@Component({
  selector: 'so-score-columns',
  imports: [LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="columns" [class.nps]="scale() === 'NPS'" data-testid="result-distribution" role="list">
      @for (bar of bars(); track bar.label) {
        <div
          class="column"
          role="listitem"
          [attr.aria-label]="bar.label + ': ' + bar.count"
          data-testid="result-bucket"
          [attr.data-label]="bar.label"
          [attr.data-count]="bar.count"
        >
          <span class="count">{{ bar.count | localNumber }}</span>
          <span class="track"><span [class]="fill(bar.label)" [style.height.%]="bar.size"></span></span>
          <span class="tick">{{ bar.label }}</span>
        </div>
      }
    </div>
  `,
  styleUrls: ['./question-result-shared.scss'],
  styles: `
    .columns {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 6px;
      max-width: 420px;
    }
    .columns.nps {
      grid-template-columns: repeat(11, minmax(0, 1fr));
      gap: 3px;
      max-width: none;
      margin-top: 12px;
    }
    .column {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      text-align: center;
      min-width: 0;
    }
    .count,
    .tick {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .track {
      position: relative;
      height: 96px;
      margin: 2px 0;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
    .track .fill {
      position: absolute;
      left: 0;
      right: 0;
      bottom: 0;
      border-radius: 4px;
      background: var(--mat-sys-outline);
    }
    .track .fill.good {
      background: #2e7d32 !important;
    }
  `,
})
export class ScoreColumnsComponent {
  readonly buckets = input.required<readonly Bucket[]>();
  readonly scale = input.required<ScoreScale>();

  protected readonly bars = computed(() => bars(this.buckets()));

  protected fill(label: string): string {
    return columnFill(this.scale(), label);
  }
}
