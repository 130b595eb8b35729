import { linkedSignal, type Resource, type Signal } from '@angular/core';

/**
 * `value()` with the last value kept while `loading()`, so a table or chart does not flicker empty
 * between two answers; undefined before the first value, and when a load ends without one (an error).
 */
export function keptWhile<T>(value: () => T | undefined, loading: () => boolean): Signal<T | undefined> {
  return linkedSignal<T | undefined, T | undefined>({
    source: value,
    computation: (next, previous) => next ?? (loading() ? previous?.value : undefined),
  });
}

/** A resource's value, the last one kept on screen while the next loads (see `keptWhile`). */
export function keptWhileLoading<T>(resource: Resource<T>): Signal<T | undefined> {
  return keptWhile(
    () => (resource.hasValue() ? resource.value() : undefined),
    () => resource.isLoading(),
  );
}
