import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal, Role, runSql, sql } from '@salesops/api/core';
import { repVisibleTo, teamVisibleTo } from '@salesops/api/org';
import { DataSource } from 'typeorm';

import { ForecastSubjectKind } from './dtos/forecast.args';
import { type ForecastSubjectDto } from './dtos/forecast.dto';
import { repsWhere, type SubjectFilter, type SubjectRow, teamsWhere } from './forecast.queries';

export interface ResolvedSubject {
  readonly dto: ForecastSubjectDto;
  readonly filter: SubjectFilter;
}

/**
 * Whose forecast a caller may read: a rep their own, a manager any rep or team of their subtree, an admin
 * (or an integrator's key) anything including the company. Anything out of reach (another rep, a team
 * for a rep, the company for a manager) answers NOT_FOUND, as it does everywhere else, so ids cannot be probed.
 */
@Injectable()
export class ForecastSubjectService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(
    principal: Principal,
    kind: ForecastSubjectKind,
    id: string | undefined,
  ): Promise<ResolvedSubject> {
    switch (kind) {
      case ForecastSubjectKind.COMPANY:
        if (principal.role !== Role.ADMIN) throw AppError.notFound('Company forecast');
        return { dto: { kind, id: null, name: 'Company' }, filter: { kind: 'COMPANY' } };
      case ForecastSubjectKind.REP: {
        const repId = id ?? (principal.role === Role.REP ? principal.repId : null);
        if (!repId) throw AppError.badInput('subjectId', "give the rep's id");
        const [rep] = await runSql<SubjectRow>(
          this.dataSource,
          repsWhere(sql`r.id = ${repId}::uuid AND ${repVisibleTo(principal, sql`r.id`)}`),
        );
        if (!rep) throw AppError.notFound('Rep');
        return { dto: { kind, id: rep.id, name: rep.name }, filter: { kind: 'REP', id: rep.id } };
      }
      case ForecastSubjectKind.TEAM: {
        if (principal.role === Role.REP) throw AppError.notFound('Team');
        if (!id) throw AppError.badInput('subjectId', "give the team's id");
        const [team] = await runSql<SubjectRow>(
          this.dataSource,
          teamsWhere(sql`t.id = ${id}::uuid AND ${teamVisibleTo(principal, sql`t.id`)}`),
        );
        if (!team) throw AppError.notFound('Team');
        return { dto: { kind, id: team.id, name: team.name }, filter: { kind: 'TEAM', id: team.id } };
      }
    }
  }
}
