import { SetMetadata } from '@nestjs/common';
import { type Role } from './role';

export const ROLES_KEY = 'salesops:roles';
export const PUBLIC_KEY = 'salesops:public';

/** Who may call: on a resolver class (required, see the lint rule) and narrower on a method. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anonymous callers (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
