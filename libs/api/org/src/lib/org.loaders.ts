import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppRequest, requestScoped } from '@salesops/api/core';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

export interface OrgLoaders {
  team: DataLoader<string, TeamEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  activeRepCount: DataLoader<string, number>;
}

const LOADERS = Symbol('org-loaders');

/** Per-request DataLoaders: one SQL statement per field per page, whatever the page size. */
@Injectable()
export class OrgLoaderFactory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(req: AppRequest): OrgLoaders {
    return requestScoped(req, LOADERS, () => this.create());
  }

  private create(): OrgLoaders {
    return {
      team: new DataLoader(async (ids) => {
        const teams = await this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });
        const byId = new Map(teams.map((team) => [team.id, team]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      user: new DataLoader(async (ids) => {
        const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
        const byId = new Map(users.map((user) => [user.id, user]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      activeRepCount: new DataLoader(async (teamIds) => {
        const rows: { team_id: string; count: string }[] = await this.dataSource.query(
          'SELECT team_id, count(*) AS count FROM rep WHERE active AND team_id = ANY($1) GROUP BY team_id',
          [[...teamIds]],
        );
        const byId = new Map(rows.map((row) => [row.team_id, Number(row.count)]));
        return teamIds.map((id) => byId.get(id) ?? 0);
      }),
    };
  }
}
