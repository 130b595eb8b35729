import { errorCodeOf } from './graphql-errors';

/**
 * Banner lines for a delete that did not happen: what was not deleted, then why. When the API
 * refused (BAD_USER_INPUT, CONFLICT) its own words say why, so the generic headline of `banner`
 * ("Some fields need your attention.") is left out; other failures keep theirs ("server cannot be reached").
 */
export function notDeletedLines(headline: string, error: unknown, banner: readonly string[]): string[] {
  const code = errorCodeOf(error);
  const refused = code === 'BAD_USER_INPUT' || code === 'CONFLICT';
  return [headline, ...(refused ? banner.slice(1) : banner)];
}
