import { toFieldErrors } from '@salesops/portal/data-access';

/** Messages by the path of the field at fault, as the editor names its fields (`rules.measures.0.weight`). */
export type EditorErrors = Readonly<Record<string, string>>;

/**
 * An API error's field messages, named as the editor names its fields: the API prefixes a version's
 * content with `content.` (and `input.`, which `toFieldErrors` drops already).
 */
export function apiFieldErrors(error: unknown): EditorErrors {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(toFieldErrors(error))) {
    const key = field.replace(/^content\./, '');
    if (!(key in result)) result[key] = message;
  }
  return result;
}

/**
 * Puts each message on the field it names, or else on the nearest field shown that contains it
 * (`rules.measures.0.curve` on `rules.measures`); what no field shown contains is left for a banner.
 */
export function placeErrors(
  errors: EditorErrors,
  shown: readonly string[],
): { fields: EditorErrors; unplaced: string[] } {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  const known = new Set(shown);
  for (const [path, message] of Object.entries(errors)) {
    let at: string | null = path;
    while (at !== null && !known.has(at)) at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : null;
    if (at === null) unplaced.push(message);
    else fields[at] = fields[at] ? `${fields[at]}; ${message}` : message;
  }
  return { fields, unplaced };
}
