import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** Previous / next for cursor paging, with a summary such as "120 in total". */
@Component({
  selector: 'so-cursor-pager',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="summary" [attr.data-testid]="totalTestId() || null">{{ summary() }}</span>
    <span class="page">{{ pageLabel() }}</span>
    <button
      mat-stroked-button
      type="button"
      data-testid="paginator-prev"
      [disabled]="!hasPrevious() || busy()"
      (click)="previous.emit()"
    >
      {{ previousLabel() }}
    </button>
    <button
      mat-stroked-button
      type="button"
      data-testid="paginator-next"
      [disabled]="!hasNext() || busy()"
      (click)="next.emit()"
    >
      {{ nextLabel() }}
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 8px 12px;
      padding: 12px 16px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .summary {
      margin-right: auto;
    }
    .summary,
    .page {
      white-space: nowrap;
    }
    /* A phone: the total on a line of its own, page and buttons under it, none broken in two. */
    @media (max-width: 599px) {
      .summary {
        flex-basis: 100%;
      }
    }
  `,
})
export class CursorPagerComponent {
  readonly summary = input<string>('');
  readonly totalTestId = input<string>('');
  readonly pageLabel = input<string>('');
  readonly hasPrevious = input(false);
  readonly hasNext = input(false);
  readonly busy = input(false);
  readonly previousLabel = input.required<string>();
  readonly nextLabel = input.required<string>();
  readonly previous = output<void>();
  readonly next = output<void>();
}
