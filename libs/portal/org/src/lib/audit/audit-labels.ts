import { type I18nService, type TranslationKey } from '@salesops/portal/i18n';

import { AUDIT_ENTITY_TYPES } from './audit-filter';

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];

function isEntityType(type: string): type is EntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);
}

/** The translated name of an entity type; a type the portal does not know yet shows as the API wrote it. */
export function entityTypeLabel(type: string, i18n: I18nService): string {
  // Typed without a cast, so a type added to the list without its translation does not compile.
  const key: TranslationKey | null = isEntityType(type) ? `audit.type.${type}` : null;
  return key ? i18n.t(key) : type;
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
