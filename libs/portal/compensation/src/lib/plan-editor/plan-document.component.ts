import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@salesops/portal/i18n';

import { markdownToHtml } from '../plans/markdown';

/** The plan in words (Markdown): written in a text area, read as the rep will see it. */
@Component({
  selector: 'so-plan-document',
  imports: [FormsModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h3>{{ 'compEditor.document' | t }}</h3>
      <mat-button-toggle-group
        [value]="mode()"
        [attr.aria-label]="'compEditor.document' | t"
        (change)="mode.set($event.value)"
      >
        <mat-button-toggle value="write" data-testid="document-write" [disabled]="readonly()">
          {{ 'compEditor.write' | t }}
        </mat-button-toggle>
        <mat-button-toggle value="preview" data-testid="document-preview-toggle">
          {{ 'compEditor.preview' | t }}
        </mat-button-toggle>
      </mat-button-toggle-group>
    </div>
    @if (mode() === 'write') {
      <mat-form-field subscriptSizing="dynamic" class="full">
        <mat-label>{{ 'compEditor.documentLabel' | t }}</mat-label>
        <textarea
          matInput
          rows="22"
          data-testid="plan-document"
          [ngModel]="document()"
          (ngModelChange)="documentChange.emit($event)"
        ></textarea>
        @if (error()) {
          <mat-hint class="error" role="alert">{{ error() }}</mat-hint>
        } @else {
          <mat-hint>{{ 'compEditor.documentHint' | t }}</mat-hint>
        }
      </mat-form-field>
    } @else if (document().trim()) {
      <div class="preview" data-testid="plan-document-preview" [innerHTML]="html()"></div>
    } @else {
      <p class="muted" data-testid="plan-document-empty">{{ 'compEditor.documentEmpty' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 12px;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .full {
      width: 100%;
    }
    textarea {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 13px;
      line-height: 1.5;
    }
    .preview {
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
    .preview ::ng-deep {
      h1 {
        font: var(--mat-sys-title-large);
      }
      h2 {
        font: var(--mat-sys-title-medium);
      }
      table {
        display: block;
        max-width: 100%;
        overflow-x: auto;
        border-collapse: collapse;
        overflow-wrap: normal;
      }
      th,
      td {
        padding: 4px 8px;
        border: 1px solid var(--mat-sys-outline-variant);
        text-align: left;
      }
    }
    .error {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class PlanDocumentComponent {
  readonly document = input.required<string>();
  readonly readonly = input(false);
  readonly error = input('');
  readonly documentChange = output<string>();

  protected readonly mode = linkedSignal<'write' | 'preview'>(() => (this.readonly() ? 'preview' : 'write'));
  protected readonly html = computed(() => markdownToHtml(this.document()));
}
