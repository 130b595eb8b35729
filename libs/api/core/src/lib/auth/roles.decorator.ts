import { SetMetadata } from '@nestjs/common';

import { type Role } from './role';

export const ROLES_KEY = 'salesops:roles';
export const PUBLIC_KEY = 'salesops:public';

/** Who may call: on a resolver class (required, see the lint rule) and narrower on a method. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anonymous callers (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const KEY_AREA_KEY = 'salesops:key-area';

/** The areas an API key can be scoped to; a key needs WRITE_<AREA> for the area's mutations. */
export type KeyArea = 'ORG' | 'PIPELINE' | 'GOALS' | 'TOOLS' | 'FORECASTING' | 'COMPENSATION';

/**
 * Open to integrators' API keys: queries with the READ scope, mutations with WRITE_<area>. Resolvers
 * without it (sign-in, API keys, the audit trail, a rep's own surveys) refuse every key.
 */
export const KeyAccess = (area: KeyArea) => SetMetadata(KEY_AREA_KEY, area);
