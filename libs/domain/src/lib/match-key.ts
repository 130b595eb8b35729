// Printable ASCII: nothing to decompose or strip of accents.
const PLAIN = /^[ -~]*$/;
const NOT_KEPT = /[^a-z0-9\uac00-\ud7a3]+/g;

/**
 * A key under which names that differ only in case, spacing or punctuation meet:
 * "GTX Pro" and "GTXPro" are the same product in the CRM export.
 */
export function matchKey(name: string): string {
  // The short way for the names nearly every file holds: an import keys each of its rows' names.
  if (PLAIN.test(name)) return name.toLowerCase().replace(NOT_KEPT, '');
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(NOT_KEPT, '');
}
