import { type Role } from '../generated';

/** Roles that see the organisation pages (teams, reps). */
export const ORG_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];

export function canManageOrg(role: Role | null | undefined): boolean {
  return !!role && ORG_ROLES.includes(role);
}

/** Roles that see the deals of the pipeline. */
export const PIPELINE_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];

/** Only sales ops imports CRM files (the upload endpoint is ADMIN-only too). */
export const IMPORT_ROLES: readonly Role[] = ['ADMIN'];
