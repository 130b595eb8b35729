import { signal } from '@angular/core';

import { CursorStack } from './cursor-stack';

describe('CursorStack', () => {
  it('should go forward and back through the cursors when paging', () => {
    const pages = new CursorStack();
    expect(pages.cursor()).toBeNull();
    expect(pages.hasPrevious()).toBe(false);

    pages.next('c1');
    pages.next('c2');
    expect(pages.cursor()).toBe('c2');
    expect(pages.pageIndex()).toBe(2);

    pages.previous();
    expect(pages.cursor()).toBe('c1');
    pages.previous();
    pages.previous();
    expect(pages.cursor()).toBeNull();
  });

  it('should ignore a missing end cursor and go back to the first page when reset', () => {
    const pages = new CursorStack();
    pages.next(null);
    expect(pages.pageIndex()).toBe(0);
    pages.next('c1');
    pages.reset();
    expect(pages.cursor()).toBeNull();
  });

  it('should go back to the first page when what it pages through changes', () => {
    const filter = signal('all');
    const pages = new CursorStack(filter);
    pages.next('c1');
    pages.next('c2');
    expect(pages.pageIndex()).toBe(2);

    filter.set('active');
    expect(pages.cursor()).toBeNull();
    expect(pages.hasPrevious()).toBe(false);

    // The same value again is no change: the pages stay.
    pages.next('c3');
    filter.set('active');
    expect(pages.cursor()).toBe('c3');
  });
});
