import { computed, linkedSignal } from '@angular/core';

/**
 * Cursor paging backwards: the API only pages forward (`after`), so we keep the cursor each page
 * started from. The first page starts from `null`.
 */
export class CursorStack {
  private readonly stack;

  readonly cursor = computed(() => this.stack()[this.stack().length - 1] ?? null);
  readonly pageIndex = computed(() => this.stack().length - 1);
  readonly hasPrevious = computed(() => this.stack().length > 1);

  /** `startOver`: what the pages are of (a list's filters and sort); when it changes, back to the first. */
  constructor(startOver: () => unknown = () => null) {
    this.stack = linkedSignal<unknown, readonly (string | null)[]>({
      source: startOver,
      computation: () => [null],
    });
  }

  next(endCursor: string | null | undefined): void {
    if (endCursor) this.stack.update((stack) => [...stack, endCursor]);
  }

  previous(): void {
    this.stack.update((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack));
  }

  reset(): void {
    if (this.stack().length > 1) this.stack.set([null]);
  }
}
