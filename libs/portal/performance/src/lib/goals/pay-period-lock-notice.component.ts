import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@salesops/portal/i18n';

/**
 * Says that a period's goals are locked because a closed pay period holds it, and that corrections
 * go into a later period; admins get a link to the pay periods of that fiscal year.
 */
@Component({
  selector: 'so-pay-period-lock-notice',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'data-testid': 'goals-locked' },
  template: `
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
    <p class="text">
      <strong>
        {{
          closed() === period()
            ? ('payPeriods.lock.notice' | t: { period: closed() })
            : ('payPeriods.lock.within' | t: { period: period(), closed: closed() })
        }}
      </strong>
      <span>{{ 'payPeriods.lock.corrections' | t }}</span>
    </p>
    @if (fiscalYear(); as fy) {
      <a
        mat-stroked-button
        routerLink="/compensation/pay-periods"
        [queryParams]="{ fy }"
        data-testid="goals-locked-link"
        >{{ 'payPeriods.lock.link' | t }}</a
      >
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-bottom: 16px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    svg {
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .text {
      flex: 1 1 240px;
      display: flex;
      flex-direction: column;
      gap: 2px;
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    strong {
      font-weight: 500;
    }
    a {
      margin-left: auto;
    }
  `,
})
export class PayPeriodLockNoticeComponent {
  /** The period whose goals are shown. */
  readonly period = input.required<string>();
  /** The closed pay period holding it (the period itself, or a quarter or year around it). */
  readonly closed = input.required<string>();
  /** The fiscal year to link to; null for no link (only admins close pay periods). */
  readonly fiscalYear = input<string | null>(null);
}
