import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { type SalesStageDto } from './dtos/pipeline.dto';
import { type CreateSalesStageInput, type UpdateSalesStageInput } from './dtos/sales-stage.inputs';
import { SalesStageEntity, StageKind } from './sales-stage.entity';
import { lockSalesStages, setStagePositions, stageHasDeals, stageNameTaken } from './sales-stage.queries';

/** The defined sales process: stages in funnel order, kept 1..n without gaps. */
@Injectable()
export class SalesStageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SalesStageDto[]> {
    const stages = await this.dataSource.getRepository(SalesStageEntity).find({ order: { position: 'ASC' } });
    return stages.map(toStageDto);
  }

  async get(id: string): Promise<SalesStageDto> {
    const stage = await this.dataSource.getRepository(SalesStageEntity).findOneBy({ id });
    if (!stage) throw AppError.notFound('Sales stage');
    return toStageDto(stage);
  }

  create(input: CreateSalesStageInput): Promise<SalesStageDto> {
    checkProbability(input.kind, input.winProbability);
    return inTransaction(this.dataSource, async (manager) => {
      await lockStages(manager);
      await checkNameFree(manager, input.name, null);
      const count = await manager.count(SalesStageEntity);
      const id = randomUUID();
      await manager.insert(SalesStageEntity, {
        id,
        name: input.name,
        kind: input.kind,
        winProbability: input.winProbability,
        position: count + 1,
      });
      if (input.position !== undefined) await moveTo(manager, id, input.position);
      const created = toStageDto(await manager.findOneByOrFail(SalesStageEntity, { id }));
      await this.audit.record(manager, {
        action: 'stage.create',
        entityType: 'sales_stage',
        entityId: id,
        summary: auditSummary('stage.create', { stage: created.name }),
        after: created,
      });
      return created;
    });
  }

  update(input: UpdateSalesStageInput): Promise<SalesStageDto> {
    return inTransaction(this.dataSource, async (manager) => {
      await lockStages(manager);
      const stage = await manager.findOneBy(SalesStageEntity, { id: input.id });
      if (!stage) throw AppError.notFound('Sales stage');
      const kind = input.kind ?? stage.kind;
      const winProbability = input.winProbability ?? stage.winProbability;
      checkProbability(kind, winProbability);
      if (input.name !== undefined && input.name !== stage.name)
        await checkNameFree(manager, input.name, stage.id);
      if (kind !== stage.kind && (await stageHasDeals(manager, stage.id))) {
        throw AppError.badInput(
          'kind',
          'cannot change while deals are in this stage: it would reopen or close them',
        );
      }
      await manager.update(
        SalesStageEntity,
        { id: stage.id },
        {
          name: input.name ?? stage.name,
          kind,
          winProbability,
          updatedAt: () => 'now()',
          version: () => 'version + 1',
        },
      );
      if (input.position !== undefined && input.position !== stage.position)
        await moveTo(manager, stage.id, input.position);
      const updated = toStageDto(await manager.findOneByOrFail(SalesStageEntity, { id: stage.id }));
      await this.audit.record(manager, {
        action: 'stage.update',
        entityType: 'sales_stage',
        entityId: stage.id,
        summary: auditSummary('stage.update', { stage: updated.name }),
        before: toStageDto(stage),
        after: updated,
      });
      return updated;
    });
  }
}

async function lockStages(manager: EntityManager): Promise<void> {
  await lockSalesStages(manager);
}

/** Puts a stage at a position (clamped to the end) and renumbers the rest 1..n. */
async function moveTo(manager: EntityManager, id: string, position: number): Promise<void> {
  const stages = await manager.find(SalesStageEntity, { order: { position: 'ASC' } });
  const moving = stages.find((s) => s.id === id) as SalesStageEntity;
  const others = stages.filter((s) => s.id !== id);
  others.splice(Math.min(position, stages.length) - 1, 0, moving);
  await setStagePositions(
    manager,
    others.map((s) => s.id),
    others.map((_, index) => index + 1),
  );
}

async function checkNameFree(manager: EntityManager, name: string, exceptId: string | null): Promise<void> {
  if (await stageNameTaken(manager, name, exceptId)) throw AppError.badInput('name', 'is already a stage');
}

function checkProbability(kind: StageKind, winProbability: number): void {
  if (kind === StageKind.WON && winProbability !== 100)
    throw AppError.badInput('winProbability', 'must be 100 for a won stage');
  if (kind === StageKind.LOST && winProbability !== 0)
    throw AppError.badInput('winProbability', 'must be 0 for a lost stage');
}

const toStageDto = (stage: SalesStageEntity): SalesStageDto => ({
  id: stage.id,
  name: stage.name,
  position: stage.position,
  kind: stage.kind,
  winProbability: stage.winProbability,
});
