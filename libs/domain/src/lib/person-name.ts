/**
 * A login address derived from a person's name, e.g. "Mei-Mei Johns" -> "mei-mei.johns@<domain>".
 * Used for the demo data set, whose CRM export has names but no addresses.
 */
export function emailFromName(name: string, domain: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return `${local}@${domain}`;
}
