import { type Sort } from '@angular/material/sort';

/** A sort as the API's list arguments take it. */
export interface ListSort<F extends string> {
  readonly field: F;
  readonly direction: 'ASC' | 'DESC';
}

/** A sort header's change as the API's sort: its column named by `fields`, else `fallback`. */
export function listSort<F extends string>(
  sort: Sort,
  fields: Readonly<Record<string, F>>,
  fallback: F,
): ListSort<F> {
  return { field: fields[sort.active] ?? fallback, direction: sort.direction === 'desc' ? 'DESC' : 'ASC' };
}
