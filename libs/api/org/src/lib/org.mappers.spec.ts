import { Role } from '@salesops/api/core';

import { toUserDto } from './org.mappers';
import { UserEntity } from './user.entity';

describe('org mappers', () => {
  it('should never carry the password hash when a user becomes an API type', () => {
    const user = Object.assign(new UserEntity(), {
      id: 'u1',
      email: 'a@b.co',
      name: 'A',
      role: Role.REP,
      repId: 'r1',
      passwordHash: '$argon2id$secret',
      active: true,
    });
    const dto = toUserDto(user);
    expect(dto).toEqual({ id: 'u1', email: 'a@b.co', name: 'A', role: Role.REP, repId: 'r1' });
    expect(JSON.stringify(dto)).not.toContain('argon2');
  });
});
