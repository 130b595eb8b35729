import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

import { AppError } from '../errors/app-error';

/**
 * PostgreSQL text cannot hold the NUL character: refuse it in any string of any argument, naming
 * where it was, before it reaches a query.
 */
export class RejectNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const path = findNul(value, metadata.data ?? '');
    if (path !== null) throw AppError.badInput(path || 'input', 'must not contain the NUL character');
    return value;
  }
}

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}.${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  // Only plain data (what GraphQL arguments are); the request or the caller passed to other parameters is skipped.
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, child] of Object.entries(value)) {
      const found = findNul(child, path && path !== 'input' ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
