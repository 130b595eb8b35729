import { type Role } from '../generated';

/** Roles that see the organisation pages (teams, reps). */
export const ORG_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];

export function canManageOrg(role: Role | null | undefined): boolean {
  return !!role && ORG_ROLES.includes(role);
}
