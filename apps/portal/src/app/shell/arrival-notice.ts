import { en, type TranslationKey } from '@salesops/portal/i18n';

/**
 * The notice a navigation carries in its state for the page it lands on (`{ notice: 'access.…' }`), as the
 * role guard leaves it when it turns a user away; anything else (a stale or foreign history entry) is none.
 */
export function arrivalNotice(state: unknown): TranslationKey | null {
  const notice = (state as { notice?: unknown } | null | undefined)?.notice;
  return typeof notice === 'string' && Object.hasOwn(en, notice) ? (notice as TranslationKey) : null;
}

/** The history state without its notice, so a reload or a step back to the page does not say it again. */
export function withoutNotice(state: unknown): Record<string, unknown> {
  if (!state || typeof state !== 'object') return {};
  const rest: Record<string, unknown> = { ...state };
  delete rest['notice'];
  return rest;
}
