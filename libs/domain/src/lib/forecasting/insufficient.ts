/** Why a model gave no answer: a code the UI translates, the amount it needed and the amount it had. */
export type InsufficientReason = 'SHORT_HISTORY' | 'NO_COMPARABLE_DEALS' | 'NO_BACKTEST_ORIGINS';

export interface Insufficient {
  readonly insufficient: true;
  readonly reason: InsufficientReason;
  readonly needed: number;
  readonly available: number;
  readonly message: string;
}

/** Builds the marker a model returns instead of a number it cannot stand behind. */
export function insufficient(
  reason: InsufficientReason,
  needed: number,
  available: number,
  message: string,
): Insufficient {
  return { insufficient: true, reason, needed, available, message };
}

// The guard sits beside the constructor so callers narrow `number[] | Insufficient` in one import.
export function isInsufficient(value: unknown): value is Insufficient {
  return (
    typeof value === 'object' && value !== null && (value as { insufficient?: unknown }).insufficient === true
  );
}
