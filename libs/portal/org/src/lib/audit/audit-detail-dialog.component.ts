import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { type AuditEventRowFragment } from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { formatDateTime } from './audit-filter';
import { actorParts, entityTypeLabel } from './audit-labels';
import { auditSummaryText } from './audit-summary';
import { compareStates, type JsonChangeKind } from './json-diff';

export interface AuditDetailDialogData {
  readonly event: AuditEventRowFragment;
}

/** What the dialog closes with: `history` asks the page to list every change to the same item. */
export type AuditDetailResult = 'history' | undefined;

const GUTTER: Readonly<Record<JsonChangeKind, string>> = { changed: '~', removed: '−', added: '+' };

/** One audit event: who, when, what, and the state before and after side by side, changes marked. */
@Component({
  selector: 'so-audit-detail-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title data-testid="audit-detail-title">{{ 'audit.detailTitle' | t }}</h2>
    <mat-dialog-content data-testid="audit-detail">
      <div class="meta">
        <span class="chip code" data-testid="audit-detail-action">{{ event.action }}</span>
        <span class="entity">
          {{ typeLabel() }}
          @if (event.entityId) {
            <code class="id" data-testid="audit-detail-entity-id">{{ event.entityId }}</code>
          }
        </span>
      </div>
      <p class="summary" data-testid="audit-detail-summary">{{ summary() }}</p>
      <p class="muted" data-testid="audit-detail-meta">
        {{ 'audit.detailMeta' | t: { time: time(), actor: actor() } }}
      </p>

      @if (comparison().before && comparison().after) {
        <p class="changes" data-testid="audit-detail-changed">
          @if (comparison().changedPaths.length > 0) {
            {{ 'audit.changedKeys' | t: { keys: comparison().changedPaths.join(', ') } }}
          } @else {
            {{ 'audit.noDifference' | t }}
          }
        </p>
        @if (comparison().changedPaths.length > 0) {
          <p class="muted legend">{{ 'audit.legend' | t }}</p>
        }
      }

      <div class="sides">
        @for (side of sides(); track side.name) {
          <section class="side" [attr.data-testid]="'audit-' + side.name" [attr.aria-label]="side.title | t">
            <h3>{{ side.title | t }}</h3>
            @if (side.lines; as lines) {
              <div class="json" tabindex="0" [attr.data-testid]="'audit-' + side.name + '-json'">
                @for (line of lines; track $index) {
                  <div class="line" [attr.data-mark]="line.mark" data-testid="json-line">
                    <span class="gutter" aria-hidden="true">{{ gutter(line.mark) }}</span><span
                      class="text"
                      >{{ line.text }}</span
                    >
                    @if (line.mark) {
                      <span class="sr-only">({{ markLabel(line.mark) | t }})</span>
                    }
                  </div>
                }
              </div>
            } @else {
              <p class="muted none" [attr.data-testid]="'audit-' + side.name + '-none'">
                {{ side.none | t }}
              </p>
            }
          </section>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (event.entityId) {
        <button mat-button type="button" data-testid="audit-show-history" (click)="showHistory()">
          {{ 'audit.showHistory' | t }}
        </button>
      }
      <button mat-flat-button type="button" mat-dialog-close data-testid="audit-detail-close">
        {{ 'common.close' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding-top: 4px;
    }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .code,
    .id,
    .json {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    .entity {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .id {
      font-size: 12px;
      color: var(--mat-sys-on-surface);
    }
    .summary {
      margin: 12px 0 4px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .muted {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .changes {
      margin: 12px 0 2px;
      font: var(--mat-sys-body-medium);
      font-weight: 500;
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .sides {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
      margin-top: 12px;
    }
    @media (max-width: 720px) {
      .sides {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .side {
      min-width: 0;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .json {
      overflow: auto;
      max-height: 50vh;
      padding: 8px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-low);
      font-size: 12px;
      line-height: 1.5;
      color: var(--mat-sys-on-surface);
    }
    .line {
      display: flex;
      min-width: max-content;
      padding-right: 12px;
    }
    .gutter {
      flex: 0 0 20px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      white-space: pre;
    }
    .line[data-mark='changed'] {
      background: color-mix(in srgb, #f2b600 22%, transparent);
    }
    .line[data-mark='removed'] {
      background: color-mix(in srgb, var(--mat-sys-error) 16%, transparent);
    }
    .line[data-mark='added'] {
      background: color-mix(in srgb, #1e8e3e 18%, transparent);
    }
    .none {
      padding: 12px;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
  `,
})
export class AuditDetailDialogComponent {
  private readonly i18n = inject(I18nService);
  private readonly dialogRef =
    inject<MatDialogRef<AuditDetailDialogComponent, AuditDetailResult>>(MatDialogRef);
  protected readonly event = inject<AuditDetailDialogData>(MAT_DIALOG_DATA).event;

  protected readonly comparison = computed(() => compareStates(this.event.before, this.event.after));
  protected readonly sides = computed(() => {
    const { before, after } = this.comparison();
    return [
      { name: 'before', title: 'audit.before', none: 'audit.nothingBefore', lines: before },
      { name: 'after', title: 'audit.after', none: 'audit.nothingAfter', lines: after },
    ] as const;
  });
  protected readonly typeLabel = computed(() => entityTypeLabel(this.event.entityType, this.i18n));
  protected readonly summary = computed(() => auditSummaryText(this.i18n, this.event));
  protected readonly time = computed(() => formatDateTime(this.event.occurredAt, this.i18n.locale()));
  protected readonly actor = computed(() => {
    const parts = actorParts(this.event.actorLabel, this.i18n);
    return parts.email ? `${parts.name} <${parts.email}>` : parts.name;
  });

  protected gutter(mark: JsonChangeKind | null): string {
    return mark ? GUTTER[mark] : '';
  }

  protected markLabel(mark: JsonChangeKind): TranslationKey {
    return `audit.mark.${mark}`;
  }

  protected showHistory(): void {
    this.dialogRef.close('history');
  }
}
