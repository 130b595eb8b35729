import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, LocalNumberPipe } from '@salesops/portal/i18n';

import { readingText } from './comparison-labels';
import { fairnessReading } from './comparison-model';

/** A Gini coefficient as a chip: its reading in words (coloured) and the figure. */
@Component({
  selector: 'so-gini-chip',
  imports: [LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': 'reading()' },
  template: `
    @if (label()) {
      {{ label() }}:
    }
    {{ words() }} <small>({{ (gini() | localNumber) || '—' }})</small>
  `,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    :host(.even) {
      background: var(--so-good-bg, #d7f0dd);
      color: var(--so-good, #1e6b3a);
    }
    :host(.uneven) {
      background: var(--so-warning-bg, #fde3cf);
      color: var(--so-warning-text, #8a3a0c);
    }
  `,
})
export class GiniChipComponent {
  private readonly i18n = inject(I18nService);

  readonly gini = input<number | null>(null);
  readonly label = input<string>('');

  protected readonly reading = computed(() => (fairnessReading(this.gini()) ?? 'none').toLowerCase());
  protected readonly words = computed(() => readingText(this.i18n, this.gini()));
}
