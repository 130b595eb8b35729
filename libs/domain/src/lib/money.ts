/** Money is an integer count of minor units (cents) with an ISO 4217 currency; never a float. */
export interface Money {
  minor: bigint;
  currency: string;
}

const AMOUNT = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount written with a dot for decimals and optional thousands separators
 * ("1,054", "1054.5", "$1,054.50") into minor units. Returns null when it is not an amount.
 */
export function parseAmountToMinor(text: string): bigint | null {
  const cleaned = text
    .trim()
    .replace(/^\$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  const match = AMOUNT.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -minor : minor;
}

/** Formats minor units as a plain decimal string, e.g. 105450n -> "1054.50". */
export function minorToDecimal(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
