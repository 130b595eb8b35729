import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** An empty or error state in place of content, with an optional action. */
@Component({
  selector: 'so-state-message',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="message" [class.error]="kind() === 'error'" [attr.role]="kind() === 'error' ? 'alert' : null">
      {{ message() }}
    </p>
    @if (actionLabel()) {
      <button mat-stroked-button type="button" (click)="action.emit()">{{ actionLabel() }}</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 48px 16px;
      text-align: center;
    }
    .message {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .message.error {
      color: var(--mat-sys-error);
    }
  `,
})
export class StateMessageComponent {
  readonly message = input.required<string>();
  readonly kind = input<'empty' | 'error'>('empty');
  readonly actionLabel = input<string>('');
  readonly action = output<void>();
}
