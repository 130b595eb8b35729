import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@salesops/api/core';
import { type Response } from 'express';
import { DataSource } from 'typeorm';

@Controller()
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HttpCode(HttpStatus.OK)
  health(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and every migration is applied. */
  @Get('ready')
  async ready(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: string; database: string; migrations: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      if (pending) res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return {
        status: pending ? 'not ready' : 'ready',
        database: 'up',
        migrations: pending ? 'pending' : 'applied',
      };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'not ready', database: 'down', migrations: 'unknown' };
    }
  }
}
