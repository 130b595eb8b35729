import { ApplicationRef, resource, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { keptWhile, keptWhileLoading } from './kept-while-loading';

describe('keptWhile', () => {
  it('should keep the last value while loading, and drop it when a load ends without one', () => {
    const value = signal<string | undefined>(undefined);
    const loading = signal(true);
    const shown = keptWhile(value, loading);
    expect(shown()).toBeUndefined();

    value.set('page 1');
    loading.set(false);
    expect(shown()).toBe('page 1');

    // The next page is loading: page 1 stays.
    value.set(undefined);
    loading.set(true);
    expect(shown()).toBe('page 1');

    value.set('page 2');
    loading.set(false);
    expect(shown()).toBe('page 2');

    // The load failed: nothing stale is shown.
    value.set(undefined);
    expect(shown()).toBeUndefined();
  });
});

describe('keptWhileLoading', () => {
  it("should follow a resource's answers and keep the last one while the next loads", async () => {
    const page = signal(1);
    const answers = new Map<number, (value: string) => void>();
    const pages = TestBed.runInInjectionContext(() =>
      resource({
        params: () => page(),
        loader: ({ params }) => new Promise<string>((resolve) => answers.set(params, resolve)),
      }),
    );
    const shown = keptWhileLoading(pages);
    const settle = () => TestBed.inject(ApplicationRef).whenStable();

    await Promise.resolve();
    TestBed.tick();
    answers.get(1)?.('first');
    await settle();
    expect(shown()).toBe('first');

    page.set(2);
    TestBed.tick();
    expect(pages.isLoading()).toBe(true);
    expect(shown()).toBe('first');

    answers.get(2)?.('second');
    await settle();
    expect(shown()).toBe('second');
  });
});
