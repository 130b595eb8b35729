import { signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { debounceTime } from 'rxjs';

/** How long typing pauses before a list searches, so each key does not cost a request. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * A list's search field: the text as typed, and the trimmed text to search for once typing pauses.
 * Create it in an injection context (a field): it stops listening when its page goes.
 */
export class SearchBox {
  readonly control = new FormControl('', { nonNullable: true });
  /** As typed, at once: for narrowing the rows already on screen. */
  readonly typed = toSignal(this.control.valueChanges, { initialValue: this.control.value });
  private readonly settled = signal('');
  /** Trimmed, once typing pauses: for the query. */
  readonly text = this.settled.asReadonly();

  constructor() {
    this.control.valueChanges
      // No distinctUntilChanged: after a clear, the text typed before must still search; the signal
      // itself ignores the same text set twice.
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((value) => this.settled.set(value.trim()));
  }

  /** Empties the field and the search at once, without waiting for the pause. */
  clear(): void {
    this.settled.set('');
    this.control.setValue('');
  }
}
