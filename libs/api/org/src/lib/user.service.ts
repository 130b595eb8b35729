import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  type ConnectionResult,
  likePattern,
  paginate,
  Role,
  SortDirection,
} from '@salesops/api/core';
import { isValidEmail, normalizeEmail } from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { type UsersArgs } from './dtos/list.args';
import { hashPassword } from './password';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string | null;
  repId?: string | null;
}

export const MIN_PASSWORD_LENGTH = 10;

@Injectable()
export class UserService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(args: UsersArgs): Promise<ConnectionResult<UserEntity>> {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('user');
    const filter = args.filter ?? {};
    if (filter.search?.trim()) {
      query.andWhere("(user.name ILIKE :search ESCAPE '\\' OR user.email ILIKE :search ESCAPE '\\')", {
        search: likePattern(filter.search),
      });
    }
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    return paginate(query, { expression: 'lower(user.name)', direction: SortDirection.ASC }, args);
  }

  async findById(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  /** Creates a user; the password (if any) is hashed here and nowhere else. */
  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    if (!isValidEmail(input.email)) throw AppError.badInput('email', 'must be a valid email address');
    if (input.password !== null && input.password.length < MIN_PASSWORD_LENGTH) {
      throw AppError.badInput('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const email = normalizeEmail(input.email);
    const clash = await manager
      .createQueryBuilder(UserEntity, 'user')
      .where('lower(user.email) = :email', { email })
      .getExists();
    if (clash) throw AppError.badInput('email', 'is already used by another user');
    const user = manager.create(UserEntity, {
      id: randomUUID(),
      email,
      name: input.name.trim(),
      role: input.role,
      repId: input.repId ?? null,
      passwordHash: input.password === null ? null : await hashPassword(input.password),
      active: true,
    });
    await manager.insert(UserEntity, user);
    return manager.findOneByOrFail(UserEntity, { id: user.id });
  }
}
