import { minorToDecimal } from '../money';

/**
 * Minor units as a statement shows them: "1,000,000" → "10,000.00". Two decimals, as everywhere in the
 * platform's money (see money.ts); grouping by hand so the text is the same in every locale, in the API's
 * stored statements and in the browser's what-if.
 */
export function formatAmount(minor: bigint): string {
  const text = minorToDecimal(minor);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction}`;
}
