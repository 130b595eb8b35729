import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, AuditService, auditSummary, inTransaction, type Principal, Role } from '@salesops/api/core';
import {
  addDays,
  type FiscalCalendar,
  parsePeriodKey,
  type Period,
  periodContaining,
  todayIsoDate,
} from '@salesops/domain';
import { DataSource } from 'typeorm';
import { type PayPeriodDto } from './pay-period.dto';
import { PayPeriodStatus } from './pay-period.entity';
import { PayoutService } from './statements/payout.service';
import { StatementService } from './statements/statement.service';

interface PayPeriodRow {
  period_key: string;
  status: PayPeriodStatus;
  closed_at: Date | null;
  closed_by_name: string | null;
}

/** A fiscal year, then its quarters, then its months: the periods pay can be settled for. */
export function payPeriodsOf(year: Period, calendar: FiscalCalendar): Period[] {
  const periods: Period[] = [year];
  for (let q = 1; q <= 4; q++) periods.push(parsePeriodKey(`${year.key}-Q${q}`, calendar) as Period);
  for (
    let month = periodContaining(year.start, 'MONTH', calendar);
    month.start < year.end;
    month = periodContaining(month.end, 'MONTH', calendar)
  ) {
    periods.push(month);
  }
  return periods;
}

/** Pay periods: which fiscal years, quarters and months are settled, and closing one (final). */
@Injectable()
export class PayPeriodService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly statements: StatementService,
    private readonly payouts: PayoutService,
  ) {}

  private get calendar() {
    return { startMonth: this.config.fiscalYearStartMonth };
  }

  private parse(key: string, field: string): Period {
    return this.statements.payPeriod(key, field);
  }

  /**
   * The fiscal year, its quarters and its months, in order, each with its status. How many goals each
   * holds counts the whole company's goals: only admins get it.
   */
  async list(principal: Principal, fiscalYear: string): Promise<PayPeriodDto[]> {
    const year = this.parse(fiscalYear, 'fiscalYear');
    if (year.type !== 'YEAR') throw AppError.badInput('fiscalYear', 'must be a fiscal year such as FY2017');
    const periods = payPeriodsOf(year, this.calendar);
    const keys = periods.map((p) => p.key);
    const rows: PayPeriodRow[] = await this.dataSource.query(
      `SELECT p.period_key, p.status, p.closed_at, u.name AS closed_by_name
         FROM pay_period p LEFT JOIN app_user u ON u.id = p.closed_by WHERE p.period_key = ANY($1)`,
      [keys],
    );
    const counts: { period_key: string; n: string }[] =
      principal.role !== Role.ADMIN
        ? []
        : await this.dataSource.query(
            `SELECT k.key AS period_key, count(g.id) AS n
         FROM unnest($1::text[], $2::date[], $3::date[]) AS k(key, starts_on, ends_on)
         LEFT JOIN goal g ON g.period_start >= k.starts_on AND g.period_end <= k.ends_on
        GROUP BY k.key`,
            [keys, periods.map((p) => p.start), periods.map((p) => p.end)],
          );
    const byKey = new Map(rows.map((row) => [row.period_key, row]));
    const countOf = new Map(counts.map((row) => [row.period_key, Number(row.n)]));
    const today = todayIsoDate();
    return periods.map((period) => {
      const row = byKey.get(period.key);
      const status = row?.status ?? PayPeriodStatus.OPEN;
      return {
        period: period.key,
        type: period.type,
        start: period.start,
        end: period.end,
        status,
        closedAt: row?.closed_at ?? null,
        closedByName: row?.closed_by_name ?? null,
        closable: status === PayPeriodStatus.OPEN && period.end <= today,
        goalCount: principal.role === Role.ADMIN ? (countOf.get(period.key) ?? 0) : null,
      };
    });
  }

  /**
   * Closes a pay period for good. Goal writes are held off while it closes (a SHARE lock on goal), so
   * no goal inside it can slip in between the check and the close; from then on the database refuses
   * them. The payout statements of plans paid at the period's frequency are computed and stored in the
   * same transaction: what closes is exactly what was paid.
   */
  async close(principal: Principal, key: string): Promise<PayPeriodDto> {
    const period = this.parse(key, 'period');
    if (period.end > todayIsoDate())
      throw AppError.badInput(
        'period',
        `${period.key} has not ended yet (its last day is ${addDays(period.end, -1)}); close it once it has`,
      );
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query('LOCK TABLE goal IN SHARE MODE');
      const [already]: unknown[] = await manager.query("SELECT 1 FROM pay_period WHERE period_key = $1 AND status = 'CLOSED'", [period.key]);
      if (already) throw AppError.conflict(`${period.key} is closed already`, 'period');
      // Corrections that earlier closed periods owe (their deals changed since) land on this period's
      // statements before they freeze.
      const reconciled = await this.payouts.reconcileInto(manager, period, principal.userId);
      // No row back: the period was closed already (the WHERE of the upsert kept it as it was).
      const closed: unknown[] = await manager.query(
        `INSERT INTO pay_period (period_key, period_type, starts_on, ends_on, status, closed_at, closed_by)
         VALUES ($1, $2, $3, $4, 'CLOSED', now(), $5)
         ON CONFLICT (period_key) DO UPDATE SET status = 'CLOSED', closed_at = now(), closed_by = EXCLUDED.closed_by
          WHERE pay_period.status = 'OPEN'
         RETURNING period_key`,
        [period.key, period.type, period.start, period.end, principal.userId],
      );
      if (closed.length === 0) throw AppError.conflict(`${period.key} is closed already`, 'period');
      const [{ n }]: { n: string }[] = await manager.query(
        'SELECT count(*) AS n FROM goal WHERE period_start >= $1 AND period_end <= $2',
        [period.start, period.end],
      );
      // The period's row says CLOSED from here on, so the database accepts its frozen statements.
      const statements = await this.statements.freeze(manager, period);
      await this.audit.record(manager, {
        action: 'pay_period.close',
        entityType: 'pay_period',
        entityId: null,
        summary:
          statements > 0
            ? auditSummary('pay_period.close.statements', { period: period.key, count: Number(n), statements })
            : auditSummary('pay_period.close', { period: period.key, count: Number(n) }),
        after: { period: period.key, status: PayPeriodStatus.CLOSED, lockedGoals: Number(n), frozenStatements: statements, corrections: reconciled.corrections.length },
      });
    });
    const fiscalYear = periodContaining(period.start, 'YEAR', this.calendar).key;
    return (await this.list(principal, fiscalYear)).find((p) => p.period === period.key) as PayPeriodDto;
  }
}
