import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** A visible error for what no single field owns; renders nothing without messages. */
@Component({
  selector: 'so-error-banner',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (messages().length > 0) {
      <div class="banner" role="alert" data-testid="error-banner">
        <div class="text">
          @for (message of messages(); track $index) {
            <p>{{ message }}</p>
          }
        </div>
        @if (dismissLabel()) {
          <button mat-button type="button" (click)="dismissed.emit()">{{ dismissLabel() }}</button>
        }
      </div>
    }
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      margin-bottom: 16px;
      padding: 8px 8px 8px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    p {
      margin: 4px 0;
    }
  `,
})
export class ErrorBannerComponent {
  readonly messages = input<readonly string[]>([]);
  readonly dismissLabel = input<string>('');
  readonly dismissed = output<void>();
}
