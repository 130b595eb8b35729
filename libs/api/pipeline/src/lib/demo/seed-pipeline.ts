import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AuditService } from '@salesops/api/core';
import { matchKey, parseAmountToMinor, parseCsvRecords } from '@salesops/domain';
import { type DataSource } from 'typeorm';

import { AccountEntity } from '../account.entity';
import { DealImportService } from '../import/deal-import.service';
import { CRM_EXPORT_MAPPING } from '../import/deal-import-mapping';
import { type ImportJobEntity } from '../import/import-job.entity';
import { ProductEntity } from '../product.entity';
import { RoutingService } from '../routing/routing.service';
import { SalesStageEntity, StageKind } from '../sales-stage.entity';

/** The data set's sales process, in funnel order, with default win probabilities. */
export const DEMO_STAGES = [
  { name: 'Prospecting', kind: StageKind.OPEN, winProbability: 10 },
  { name: 'Engaging', kind: StageKind.OPEN, winProbability: 40 },
  { name: 'Won', kind: StageKind.WON, winProbability: 100 },
  { name: 'Lost', kind: StageKind.LOST, winProbability: 0 },
];

/** Loads stages, products, accounts and then every deal of the demo data set through the CSV importer. */
export async function seedDemoPipeline(dataSource: DataSource, dataDir: string): Promise<ImportJobEntity> {
  await dataSource.transaction(async (manager) => {
    await manager.insert(
      SalesStageEntity,
      DEMO_STAGES.map((stage, index) => ({ id: randomUUID(), position: index + 1, ...stage })),
    );
    const products = parseCsvRecords(readFileSync(join(dataDir, 'products.csv'), 'utf8'));
    await manager.insert(
      ProductEntity,
      products.map((p) => ({
        id: randomUUID(),
        name: p['product'],
        matchKey: matchKey(p['product']),
        series: p['series'] || null,
        listPriceMinor: parseAmountToMinor(p['sales_price'])?.toString() ?? null,
        currency: 'USD',
      })),
    );
    const accounts = parseCsvRecords(readFileSync(join(dataDir, 'accounts.csv'), 'utf8'));
    const ids = new Map(accounts.map((a) => [matchKey(a['account']), randomUUID()]));
    await manager.insert(
      AccountEntity,
      accounts.map((a) => ({
        id: ids.get(matchKey(a['account'])) as string,
        name: a['account'],
        matchKey: matchKey(a['account']),
        // The export misspells "technology"; the account keeps the corrected sector.
        sector: a['sector'] === 'technolgy' ? 'technology' : a['sector'] || null,
        yearEstablished: a['year_established'] ? Number(a['year_established']) : null,
        revenueMillions: a['revenue'] || null,
        employees: a['employees'] ? Number(a['employees']) : null,
        officeLocation: a['office_location'] || null,
        parentAccountId: null,
      })),
    );
    for (const a of accounts.filter((row) => row['subsidiary_of'])) {
      await manager.update(
        AccountEntity,
        { id: ids.get(matchKey(a['account'])) },
        { parentAccountId: ids.get(matchKey(a['subsidiary_of'])) ?? null },
      );
    }
  });
  const audit = new AuditService(dataSource);
  const importer = new DealImportService(dataSource, new RoutingService(dataSource, audit), audit);
  const file = join(dataDir, 'sales_pipeline.csv');
  const job = await importer.createJob('sales_pipeline.csv', null, null);
  return importer.run(job.id, createReadStream(file), CRM_EXPORT_MAPPING);
}
