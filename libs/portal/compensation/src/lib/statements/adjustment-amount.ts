const AMOUNT = /^-?\d{1,15}(\.\d{1,2})?$/;

/** A decimal amount in the plan currency, at most two decimals, negative to take back, never zero. */
export function isAdjustmentAmount(text: string): boolean {
  const trimmed = text.trim();
  return AMOUNT.test(trimmed) && /[1-9]/.test(trimmed);
}
