/**
 * A key under which names that differ only in case, spacing or punctuation meet:
 * "GTX Pro" and "GTXPro" are the same product in the CRM export.
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\uac00-\ud7a3]+/g, '');
}
