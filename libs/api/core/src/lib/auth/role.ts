import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  REP = 'REP',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN: sales ops, sees everything. MANAGER: their team subtree. REP: themselves.',
});
