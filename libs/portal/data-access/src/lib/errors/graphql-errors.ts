export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK';

export type FieldErrors = Readonly<Record<string, string>>;

interface ErrorEntry {
  readonly message?: unknown;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** The GraphQL errors inside whatever Apollo (or a test) hands us. */
export function graphQLErrorsOf(error: unknown): readonly ErrorEntry[] {
  if (!error || typeof error !== 'object') return [];
  const candidate = error as {
    errors?: unknown;
    graphQLErrors?: unknown;
    error?: { errors?: unknown } | null;
  };
  // An HTTP error status (429, 503) still carries a GraphQL body: HttpErrorResponse keeps it in `error`.
  const list = Array.isArray(candidate.errors)
    ? candidate.errors
    : Array.isArray(candidate.error?.errors)
      ? candidate.error.errors
      : candidate.graphQLErrors;
  return Array.isArray(list) ? (list.filter((e) => e && typeof e === 'object') as ErrorEntry[]) : [];
}

/** The first `extensions.code`; NETWORK when there is no GraphQL answer at all. */
export function errorCodeOf(error: unknown): ErrorCode | string {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) return 'NETWORK';
  const code = errors.find((e) => typeof e.extensions?.['code'] === 'string')?.extensions?.['code'];
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * `{ field -> message }` from `extensions.fieldErrors` (or `extensions.field`), first message per field.
 * Field paths drop a leading `input.` so they match the form control names.
 */
export function toFieldErrors(error: unknown): FieldErrors {
  const result: Record<string, string> = {};
  for (const entry of graphQLErrorsOf(error)) {
    const extensions = entry.extensions ?? {};
    const list = Array.isArray(extensions['fieldErrors']) ? (extensions['fieldErrors'] as unknown[]) : [];
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof field === 'string' && typeof message === 'string') addOnce(result, field, message);
    }
    if (list.length === 0 && typeof extensions['field'] === 'string' && typeof entry.message === 'string') {
      addOnce(result, extensions['field'], entry.message);
    }
  }
  return result;
}

/** Field errors for the fields a form shows, and whatever else is left for a banner. */
export function splitErrors(
  error: unknown,
  formFields: readonly string[],
): { fields: FieldErrors; unplaced: string[] } {
  const all = toFieldErrors(error);
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(all)) {
    if (formFields.includes(field)) fields[field] = message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}

function addOnce(target: Record<string, string>, field: string, message: string): void {
  const key = field.replace(/^input\./, '');
  if (!(key in target)) target[key] = message;
}
