import { preloadedValue, Role } from '@salesops/api/core';

import { toRepNode, toUserDto } from './org.mappers';
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

  describe('toRepNode', () => {
    const row = {
      id: 'r1',
      page_sort_key: 'ann',
      name: 'Ann',
      email: 'ann@b.co',
      team_id: 't1',
      hire_date: '2017-01-02',
      active: true,
      created_at: new Date('2026-01-01T00:00:00Z'),
      updated_at: new Date('2026-01-02T00:00:00Z'),
    };
    const rep = {
      id: 'r1',
      name: 'Ann',
      email: 'ann@b.co',
      teamId: 't1',
      hireDate: '2017-01-02',
      active: true,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };

    it('should carry no team when the list did not read it, so the team field loads it', () => {
      const node = toRepNode(row);
      expect(node).toEqual(rep);
      expect(preloadedValue(node, 'team')).toBeUndefined();
    });

    it('should hand over the team read with the rep when the list joined it', () => {
      const node = toRepNode({
        ...row,
        team_row_id: 't1',
        team_name: 'West',
        team_parent_id: null,
        team_manager_id: 'u1',
        team_archived_at: null,
        team_created_at: new Date('2025-01-01T00:00:00Z'),
        team_updated_at: new Date('2025-01-02T00:00:00Z'),
      });
      expect(node).toEqual(rep);
      expect(preloadedValue(node, 'team')).toEqual({
        id: 't1',
        name: 'West',
        parentId: null,
        managerId: 'u1',
        archivedAt: null,
        createdAt: new Date('2025-01-01T00:00:00Z'),
        updatedAt: new Date('2025-01-02T00:00:00Z'),
      });
    });

    it('should leave the team to its field resolver when the join found none', () => {
      const node = toRepNode({ ...row, team_row_id: null });
      expect(preloadedValue(node, 'team')).toBeUndefined();
    });

    it('should carry only the columns the statement read', () => {
      const node = toRepNode({
        id: 'r1',
        page_sort_key: 'ann',
        team_id: 't1',
        name: 'Ann',
        team_row_id: 't1',
      });
      expect(node).toEqual({ id: 'r1', teamId: 't1', name: 'Ann' });
      expect(preloadedValue(node, 'team')).toEqual({ id: 't1' });
    });
  });
});
