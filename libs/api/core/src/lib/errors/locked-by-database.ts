import { AppError } from './app-error';

/** The SQLSTATE our triggers raise when a row is locked by a rule of the domain (a closed pay period). */
export const LOCKED_SQLSTATE = 'SOL01';

/** The trigger's own message when `error` is a refusal by one of our lock triggers; null otherwise. */
export function lockedByDatabase(error: unknown): string | null {
  const candidate = error as {
    code?: string;
    message?: string;
    driverError?: { code?: string; message?: string };
  } | null;
  const driver = candidate?.driverError ?? candidate;
  return driver?.code === LOCKED_SQLSTATE ? (driver.message ?? 'This is locked') : null;
}

/** Runs `work`, turning a lock trigger's refusal into CONFLICT on `field`. */
export async function withLockedField<T>(field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const locked = lockedByDatabase(error);
    throw locked ? AppError.conflict(locked, field) : error;
  }
}
