import {
  type ApiKeyRowFragment,
  type ApiKeyScope,
  type CreateApiKeyInput,
  GRAPHQL_PATH,
} from '@salesops/portal/data-access';
import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

/** Every scope, in the order the dialog and the chips show them: reading first, then the write areas. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'READ',
  'WRITE_ORG',
  'WRITE_PIPELINE',
  'WRITE_GOALS',
  'WRITE_TOOLS',
  'WRITE_FORECASTING',
  'WRITE_COMPENSATION',
];

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

/** The short name of a scope in plain words ("Edit goals"); a scope the portal does not know shows as the API wrote it. */
export function scopeLabel(scope: string, i18n: I18nService): string {
  return (API_KEY_SCOPES as readonly string[]).includes(scope)
    ? i18n.t(`apiKeys.scope.${scope}` as TranslationKey)
    : scope;
}

/** One line on what the scope allows, for the checkbox and the chip's tooltip. */
export function scopeHint(scope: string, i18n: I18nService): string {
  return (API_KEY_SCOPES as readonly string[]).includes(scope)
    ? i18n.t(`apiKeys.scopeHint.${scope}` as TranslationKey)
    : '';
}

/** The scopes in the portal's order (READ first), unknown ones last as they came. */
export function sortScopes(scopes: readonly string[]): string[] {
  const rank = (scope: string) => {
    const index = (API_KEY_SCOPES as readonly string[]).indexOf(scope);
    return index < 0 ? API_KEY_SCOPES.length : index;
  };
  return [...scopes].sort((a, b) => rank(a) - rank(b));
}

/**
 * Revoked wins over expired (revoking is what someone did); a key the API calls inactive without a
 * revocation has expired, and so has one whose expiry passed since the list was loaded.
 */
export function keyStatus(
  key: Pick<ApiKeyRowFragment, 'active' | 'revokedAt' | 'expiresAt'>,
  now: number,
): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (!key.active) return 'expired';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

export interface ApiKeyFormValue {
  readonly name: string;
  readonly scopes: Readonly<Record<ApiKeyScope, boolean>>;
  /** `YYYY-MM-DD` from the date input, or '' for a key that does not expire. */
  readonly expiresOn: string;
}

/**
 * The last moment of a calendar day in the admin's own time zone, as a UTC instant: a key set to
 * expire on 31 Dec works through all of 31 Dec where the admin sits, and stops at local midnight.
 */
export function endOfLocalDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today as `YYYY-MM-DD` in the admin's time zone: the earliest expiry the date input offers. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The mutation input: the name trimmed, the checked scopes in order, the expiry at the end of the chosen day. */
export function toCreateApiKeyInput(value: ApiKeyFormValue): CreateApiKeyInput {
  const scopes = API_KEY_SCOPES.filter((scope) => value.scopes[scope]);
  const expiresAt = value.expiresOn ? endOfLocalDay(value.expiresOn) : null;
  return { name: value.name.trim(), scopes, ...(expiresAt ? { expiresAt } : {}) };
}

/** The example request an integrator can paste into a terminal: a read of the rep count. */
export function curlExample(key: string, origin: string): string {
  const body = JSON.stringify({ query: '{ reps(first: 5) { totalCount } }' });
  return `curl -H "Authorization: Bearer ${key}" -H "content-type: application/json" -d '${body}' ${origin}${GRAPHQL_PATH}`;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago an instant was ("3 minutes ago", "yesterday"); under a minute gives null, for the
 * caller's "just now". The API notes a key's use at most once a minute, so seconds would be noise.
 */
export function timeAgo(value: string, now: number, locale: string): string | null {
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (Number.isNaN(seconds)) return value;
  if (seconds < 60) return null;
  const [unit, size] = UNITS.find(([, size]) => seconds >= size) ?? UNITS[UNITS.length - 1];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(seconds / size), unit);
}

/** A calendar day in the admin's time zone (`Mar 5, 2025`). */
export function formatLocalDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** A full instant in the admin's time zone, for tooltips (`Mar 5, 2025, 9:30:05 AM`). */
export function formatLocalDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/**
 * Export columns: instants as ISO (UTC) and scopes as the API names them, so the file is data. There
 * is no secret to leave out: the list never holds one.
 */
export function apiKeyCsvColumns(i18n: I18nService, now: number): CsvColumn<ApiKeyRowFragment>[] {
  return [
    { header: i18n.t('apiKeys.name'), value: (key) => key.name },
    { header: i18n.t('apiKeys.prefix'), value: (key) => key.prefix },
    { header: i18n.t('apiKeys.scopes'), value: (key) => sortScopes(key.scopes).join(' ') },
    { header: i18n.t('apiKeys.status'), value: (key) => i18n.t(`apiKeys.status.${keyStatus(key, now)}`) },
    { header: i18n.t('apiKeys.csv.createdBy'), value: (key) => key.createdByName },
    { header: i18n.t('apiKeys.csv.createdAt'), value: (key) => key.createdAt },
    { header: i18n.t('apiKeys.csv.lastUsedAt'), value: (key) => key.lastUsedAt },
    { header: i18n.t('apiKeys.csv.expiresAt'), value: (key) => key.expiresAt },
    { header: i18n.t('apiKeys.csv.revokedAt'), value: (key) => key.revokedAt },
  ];
}

/** `api-keys-2025-03-10.csv`, dated by the reader's day. */
export function apiKeysFileName(now: Date = new Date()): string {
  return `api-keys-${localDay(now)}.csv`;
}
