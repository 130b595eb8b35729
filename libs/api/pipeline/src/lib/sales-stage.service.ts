import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@salesops/api/core';
import { DataSource } from 'typeorm';
import { type SalesStageDto } from './dtos/pipeline.dto';
import { SalesStageEntity } from './sales-stage.entity';

@Injectable()
export class SalesStageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<SalesStageDto[]> {
    const stages = await this.dataSource.getRepository(SalesStageEntity).find({ order: { position: 'ASC' } });
    return stages.map(toStageDto);
  }

  async get(id: string): Promise<SalesStageDto> {
    const stage = await this.dataSource.getRepository(SalesStageEntity).findOneBy({ id });
    if (!stage) throw AppError.notFound('Sales stage');
    return toStageDto(stage);
  }
}

const toStageDto = (stage: SalesStageEntity): SalesStageDto => ({
  id: stage.id,
  name: stage.name,
  position: stage.position,
  kind: stage.kind,
  winProbability: stage.winProbability,
});
