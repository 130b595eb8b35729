import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { dealsLinkParams, type DrillDown, type FunnelStepOutcome } from '@salesops/portal/data-access';
import { LocalNumberPipe, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { type StageConversion } from './dashboard-model';
import { funnelBars } from './funnel-bars';

/**
 * The sales process as a funnel: one centred bar per stage, as wide as the deals that entered it
 * (scaled to the widest), the share that went on between bars, and what was lost or is still open
 * at each stage; the won deals close it. The stage that loses the largest share is marked.
 */
@Component({
  selector: 'so-stage-funnel-chart',
  imports: [NgTemplateOutlet, RouterLink, LocalNumberPipe, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="funnel" data-testid="funnel-chart" [attr.aria-label]="'dash.funnel.chart' | t">
      @for (bar of bars(); track bar.key; let last = $last) {
        <li
          class="step"
          [class.won]="bar.stageName === null"
          [class.weakest]="bar.weakest"
          [attr.data-testid]="bar.stageName === null ? 'funnel-won' : 'funnel-step'"
        >
          <div class="name">
            <span class="stage" data-testid="funnel-stage">{{
              bar.stageName ?? ('dash.funnel.wonStage' | t)
            }}</span>
            @if (bar.weakest) {
              <span class="tag" data-testid="funnel-weakest">{{ 'dash.funnel.weakest' | t }}</span>
            }
          </div>
          <div class="track" aria-hidden="true">
            <div class="fill" [style.width.%]="bar.widthPct"></div>
          </div>
          <div class="figures">
            <ng-container
              *ngTemplateOutlet="
                count;
                context: {
                  $implicit:
                    (bar.stageName === null ? 'dash.funnel.wonCount' : 'dash.funnel.entered')
                    | t: { count: (bar.entered | localNumber) },
                  kind: 'entered',
                  params: link(bar.key, 'ENTERED'),
                }
              "
            />
            @if (bar.stageName !== null) {
              @if (bar.lostHere > 0) {
                <ng-container
                  *ngTemplateOutlet="
                    count;
                    context: {
                      $implicit: 'dash.funnel.lostHere' | t: { count: (bar.lostHere | localNumber) },
                      kind: 'lost',
                      params: link(bar.key, 'LOST_HERE'),
                    }
                  "
                />
              }
              @if (bar.openHere > 0) {
                <ng-container
                  *ngTemplateOutlet="
                    count;
                    context: {
                      $implicit: 'dash.funnel.openHere' | t: { count: (bar.openHere | localNumber) },
                      kind: 'open',
                      params: link(bar.key, 'OPEN_HERE'),
                    }
                  "
                />
              }
            }
          </div>
          @if (!last) {
            <div class="conversion" data-testid="funnel-conversion">
              <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
                <path d="M6 1v10M2 7l4 4 4-4" />
              </svg>
              @if (bar.conversionRate === null) {
                {{ 'dash.funnel.noneEntered' | t }}
              } @else {
                {{
                  'dash.funnel.advanced'
                    | t: { rate: (bar.conversionRate | localPercent), count: (bar.advanced | localNumber) }
                }}
              }
            </div>
          }
        </li>
      }
    </ol>

    <!-- One count of a bar: a link to the deals behind it when the page gives their filter, else text. -->
    <ng-template #count let-text let-kind="kind" let-params="params">
      @if (params) {
        <a [class]="kind" [attr.data-testid]="'funnel-' + kind" routerLink="/deals" [queryParams]="params">{{
          text
        }}</a>
      } @else {
        <span [class]="kind" [attr.data-testid]="'funnel-' + kind">{{ text }}</span>
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .funnel {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .step {
      display: grid;
      grid-template-columns: minmax(96px, 160px) minmax(0, 1fr) minmax(120px, 200px);
      grid-template-areas:
        'name track figures'
        '. conversion .';
      align-items: center;
      column-gap: 12px;
    }
    .name {
      grid-area: name;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 2px 6px;
      font: var(--mat-sys-body-medium);
      font-weight: 500;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .tag {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      border-radius: var(--mat-sys-corner-extra-small);
      padding: 1px 6px;
    }
    .track {
      grid-area: track;
      display: flex;
      justify-content: center;
      height: 28px;
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface-container);
    }
    .fill {
      height: 100%;
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-primary);
      transition: width 200ms ease-out;
    }
    .weakest .fill {
      background: var(--mat-sys-error);
    }
    .won .fill {
      background: var(--so-good, #1b7f3b);
    }
    .figures {
      grid-area: figures;
      display: flex;
      flex-direction: column;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .entered {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
    }
    .lost {
      color: var(--mat-sys-error);
    }
    a.entered,
    a.lost,
    a.open {
      text-decoration: underline;
      text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
      text-underline-offset: 2px;
    }
    a.open {
      color: inherit;
    }
    .conversion {
      grid-area: conversion;
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 4px;
      padding: 2px 0 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .conversion svg path {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .weakest .conversion {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    @media (max-width: 599px) {
      .step {
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas:
          'name figures'
          'track track'
          'conversion conversion';
        row-gap: 4px;
      }
      .figures {
        align-items: flex-end;
        text-align: right;
      }
      .track {
        height: 20px;
      }
    }
  `,
})
export class StageFunnelChartComponent {
  readonly conversion = input.required<Pick<StageConversion, 'steps' | 'won'>>();
  /** The funnel's book as a deals filter (its day, its team or rep); null draws the counts without links. */
  readonly dealsLink = input<DrillDown | null>(null);

  protected readonly bars = computed(() => funnelBars(this.conversion()));

  /** The deals behind one count: a stage's (`key` its id) by outcome; the won bar's are those won by then. */
  protected link(key: string, outcome: FunnelStepOutcome): Record<string, string> | null {
    const base = this.dealsLink();
    if (!base) return null;
    return key === 'won'
      ? dealsLinkParams({ ...base, statusAt: 'WON' })
      : dealsLinkParams({ ...base, funnelStep: { stageId: key, outcome } });
  }
}
