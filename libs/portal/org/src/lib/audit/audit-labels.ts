import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';
import { AUDIT_ENTITY_TYPES } from './audit-filter';

/** The translated name of an entity type; a type the portal does not know yet shows as the API wrote it. */
export function entityTypeLabel(type: string, i18n: I18nService): string {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type)
    ? i18n.t(`audit.type.${type}` as TranslationKey)
    : type;
}

export interface ActorParts {
  readonly name: string;
  readonly email: string | null;
}

/** `"Ada Admin <ada@x.io>"` split for two lines in a cell; the API's `system` in the reader's language. */
export function actorParts(label: string, i18n: I18nService): ActorParts {
  if (label === 'system') return { name: i18n.t('audit.system'), email: null };
  const match = /^(.*) <([^<>]+)>$/.exec(label);
  return match ? { name: match[1], email: match[2] } : { name: label, email: null };
}
