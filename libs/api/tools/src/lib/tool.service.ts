import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  auditSummary,
  inTransaction,
  likePattern,
  type Principal,
  runSql,
  sql,
} from '@salesops/api/core';
import { repVisibleTo } from '@salesops/api/org';
import { toMoneyDto } from '@salesops/api/pipeline';
import { daysBetween, parseAmountToMinor, todayIsoDate } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { type SalesToolDto, type SeatAssignmentDto, type ToolSeatDto } from './dtos/tool.dto';
import {
  type AssignSeatsInput,
  type CreateSalesToolInput,
  type ReleaseSeatInput,
  type SalesToolsArgs,
  type UpdateSalesToolInput,
} from './dtos/tool.inputs';
import {
  activeOwner,
  changedRows,
  deleteHeldSeat,
  endSeat,
  insertSeats,
  insertTool,
  repsAmong,
  seatById,
  type SeatRow,
  toolById,
  type ToolChanges,
  toolList,
  type ToolRow,
  updateTool,
} from './tool.queries';
import { type ToolSeatRow, toolSeats } from './tool-seat.queries';

/** Renewals this close are flagged. */
export const RENEWAL_WINDOW_DAYS = 90;

/** The inventory of sales tools and who holds a seat on which. */
@Injectable()
export class ToolService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: SalesToolsArgs = {}): Promise<SalesToolDto[]> {
    const rows = await runSql<ToolRow>(
      this.dataSource,
      toolList(todayIsoDate(), {
        status: args.status,
        category: args.category,
        pattern: args.search?.trim() ? likePattern(args.search) : undefined,
      }),
    );
    return rows.map(toToolDto);
  }

  async get(id: string): Promise<SalesToolDto> {
    const [row] = await runSql<ToolRow>(this.dataSource, toolById(todayIsoDate(), id));
    if (!row) throw AppError.notFound('Sales tool');
    return toToolDto(row);
  }

  async create(input: CreateSalesToolInput): Promise<SalesToolDto> {
    await this.checkOwner(input.ownerId);
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      await runSql(
        manager,
        insertTool({
          id,
          name: input.name,
          category: input.category,
          vendor: input.vendor || null,
          ownerId: input.ownerId ?? null,
          status: input.status,
          costPerSeatMinor: toMinor(input.costPerSeat),
          currency: input.currency,
          seatsBought: input.seatsBought,
          renewalDate: input.renewalDate ?? null,
          notes: input.notes,
          links: input.links,
        }),
      ).catch(duplicateName);
      await this.audit.record(manager, {
        action: 'tool.create',
        entityType: 'sales_tool',
        entityId: id,
        summary: auditSummary('tool.create', { tool: input.name }),
        after: { ...input },
      });
    });
    return this.get(id);
  }

  async update(input: UpdateSalesToolInput): Promise<SalesToolDto> {
    if (input.ownerId) await this.checkOwner(input.ownerId);
    const before = await this.get(input.id);
    const fields: ToolChanges = {
      name: input.name,
      category: input.category,
      vendor: input.vendor === undefined ? undefined : input.vendor || null,
      ownerId: input.ownerId,
      status: input.status,
      costPerSeatMinor: input.costPerSeat === undefined ? undefined : toMinor(input.costPerSeat),
      currency: input.currency,
      seatsBought: input.seatsBought,
      renewalDate: input.renewalDate,
      notes: input.notes,
      links: input.links,
    };
    // Conditional on the version the caller edited: a concurrent edit makes this touch no row.
    await inTransaction(this.dataSource, async (manager) => {
      const affected = await changedRows(manager, updateTool(input.id, input.expectedVersion, fields)).catch(
        duplicateName,
      );
      if (affected !== 1) {
        throw AppError.conflict(
          `The tool was changed by someone else (now version ${before.version}); reload and try again`,
          'expectedVersion',
        );
      }
      const changes = Object.fromEntries(
        Object.entries(input).filter(
          ([key, value]) => key !== 'id' && key !== 'expectedVersion' && value !== undefined,
        ),
      );
      await this.audit.record(manager, {
        action: 'tool.update',
        entityType: 'sales_tool',
        entityId: input.id,
        summary: auditSummary('tool.update', { tool: before.name, fields: Object.keys(changes) }),
        before: Object.fromEntries(Object.keys(changes).map((key) => [key, auditValue(before, key)])),
        after: changes,
      });
    });
    return this.get(input.id);
  }

  /** The holders of a tool's seats the caller may see: the same rule as every other list of people. */
  async seats(principal: Principal, toolId: string, includeEnded: boolean): Promise<ToolSeatDto[]> {
    await this.get(toolId);
    const rows = await runSql<ToolSeatRow>(
      this.dataSource,
      toolSeats(toolId, includeEnded, todayIsoDate(), repVisibleTo(principal, sql`s.rep_id`)),
    );
    return rows.map((row) => ({
      id: row.id,
      toolId: row.tool_id,
      repId: row.rep_id,
      repName: row.rep_name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    }));
  }

  /** Gives each rep a seat from a day on; reps who hold one keep theirs. All or nothing. */
  async assignSeats(input: AssignSeatsInput): Promise<SeatAssignmentDto> {
    const repIds = [...new Set(input.repIds)];
    const startsOn = input.startsOn ?? todayIsoDate();
    const known = await runSql<{ id: string }>(this.dataSource, repsAmong(repIds));
    if (known.length !== repIds.length) {
      const index = input.repIds.findIndex((id) => !known.some((rep) => rep.id === id));
      throw AppError.badInput(`repIds.${index}`, 'is not a rep');
    }
    const tool = await this.get(input.toolId);
    const inserted = await inTransaction(this.dataSource, async (manager) => {
      const rows = await runSql<{ id: string; rep_id: string }>(
        manager,
        insertSeats(input.toolId, repIds, startsOn),
      );
      await this.audit.record(manager, {
        action: 'tool.assign_seats',
        entityType: 'sales_tool',
        entityId: input.toolId,
        summary: auditSummary(rows.length === 1 ? 'tool.assign_seats.one' : 'tool.assign_seats', {
          count: rows.length,
          tool: tool.name,
          from: startsOn,
        }),
        after: { startsOn, repIds: rows.map((row) => row.rep_id) },
      });
      return rows;
    });
    return { assigned: inserted.length, alreadyHeld: repIds.length - inserted.length };
  }

  async releaseSeat(input: ReleaseSeatInput): Promise<ToolSeatDto> {
    const endsOn = input.endsOn ?? todayIsoDate();
    const [seat] = await runSql<SeatRow>(this.dataSource, seatById(input.seatId));
    if (!seat) throw AppError.notFound('Seat');
    if (seat.ends_on !== null) throw AppError.conflict('This seat was already released', 'seatId');
    if (endsOn < seat.starts_on)
      throw AppError.badInput('endsOn', `must not be before the seat started (${seat.starts_on})`);
    const released: ToolSeatDto = {
      id: input.seatId,
      toolId: seat.tool_id,
      repId: seat.rep_id,
      repName: seat.rep_name,
      startsOn: seat.starts_on,
      endsOn,
    };
    if (endsOn === seat.starts_on) {
      // Ended the day it started: a seat given by mistake. Nothing was held, so it goes; the trail keeps it.
      await inTransaction(this.dataSource, async (manager) => {
        await runSql(manager, deleteHeldSeat(input.seatId));
        await this.audit.record(manager, {
          action: 'tool.undo_seat',
          entityType: 'tool_seat',
          entityId: input.seatId,
          summary: auditSummary('tool.undo_seat', { rep: seat.rep_name, tool: seat.tool_name, date: endsOn }),
          before: { toolId: seat.tool_id, startsOn: seat.starts_on, endsOn: null },
        });
      });
      return released;
    }
    await inTransaction(this.dataSource, async (manager) => {
      await runSql(manager, endSeat(input.seatId, endsOn));
      await this.audit.record(manager, {
        action: 'tool.release_seat',
        entityType: 'tool_seat',
        entityId: input.seatId,
        summary: auditSummary('tool.release_seat', {
          rep: seat.rep_name,
          tool: seat.tool_name,
          date: endsOn,
        }),
        before: { endsOn: null },
        after: { endsOn },
      });
    });
    return released;
  }

  private async checkOwner(ownerId: string | null | undefined): Promise<void> {
    if (!ownerId) return;
    const [user] = await runSql<{ id: string }>(this.dataSource, activeOwner(ownerId));
    if (!user) throw AppError.badInput('ownerId', 'must be an active admin or manager');
  }
}

/** The stored value of a changed field, in the shape the input used. */
function auditValue(tool: SalesToolDto, key: string): unknown {
  if (key === 'costPerSeat') return tool.costPerSeat.amount;
  if (key === 'currency') return tool.costPerSeat.currency;
  return (tool as unknown as Record<string, unknown>)[key];
}

function toMinor(amount: string): string {
  const minor = parseAmountToMinor(amount);
  if (minor === null || minor < 0n) throw AppError.badInput('costPerSeat', 'must be a non-negative amount');
  return minor.toString();
}

function duplicateName(error: unknown): never {
  if ((error as { code?: string }).code === '23505')
    throw AppError.conflict('A tool with this name exists already', 'name');
  throw error;
}

export function toToolDto(row: ToolRow): SalesToolDto {
  const currency = row.currency.trim();
  const cost = BigInt(row.cost_per_seat_minor);
  const monthly = cost * BigInt(row.seats_bought);
  const used = Number(row.seats_used);
  const days = row.renewal_date ? daysBetween(todayIsoDate(), row.renewal_date) : null;
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    vendor: row.vendor,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    status: row.status,
    costPerSeat: toMoneyDto(cost.toString(), currency),
    seatsBought: row.seats_bought,
    seatsUsed: used,
    utilisation: row.seats_bought === 0 ? null : Math.round((used / row.seats_bought) * 10_000) / 10_000,
    monthlyCost: toMoneyDto(monthly.toString(), currency),
    costPerUsedSeat: used === 0 ? null : toMoneyDto((monthly / BigInt(used)).toString(), currency),
    renewalDate: row.renewal_date,
    daysToRenewal: days,
    renewalDueSoon: days !== null && days >= 0 && days <= RENEWAL_WINDOW_DAYS,
    notes: row.notes,
    links: row.links,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
