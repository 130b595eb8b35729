import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { utilisationLevel, utilisationWidth } from './tool-model';

/**
 * Seats used against seats bought as a thin bar: amber below 60% (paid seats nobody uses), red
 * above 100% (more users than seats bought), the primary colour in between.
 */
@Component({
  selector: 'so-utilisation-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      class="track"
      role="meter"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-label]="label()"
      [attr.data-level]="level()"
      data-testid="utilisation-bar"
    >
      <span class="fill" [style.width.%]="width()"></span>
    </span>
  `,
  styles: `
    :host {
      display: block;
      min-width: 64px;
    }
    .track {
      display: block;
      height: 6px;
      border-radius: 3px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
    }
    .fill {
      display: block;
      height: 100%;
      border-radius: 3px;
      background: var(--mat-sys-primary);
    }
    [data-level='low'] .fill {
      background: var(--so-warn-color, #a15c00);
    }
    [data-level='over'] .fill {
      background: var(--mat-sys-error);
    }
  `,
})
export class UtilisationBarComponent {
  /** seatsUsed / seatsBought, or null with no seats bought. */
  readonly utilisation = input<number | null>(null);
  /** Accessible name, e.g. "28 of 30 seats in use". */
  readonly label = input('');

  protected readonly width = computed(() => utilisationWidth(this.utilisation()));
  protected readonly level = computed(() => utilisationLevel(this.utilisation()));
  protected readonly percent = computed(() => {
    const value = this.utilisation();
    return value === null ? 0 : Math.round(value * 100);
  });
}
