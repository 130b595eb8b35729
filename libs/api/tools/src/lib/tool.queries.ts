import { allOf, joinSql, runSql, sql, SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type ToolCategory, type ToolStatus } from './tool-kinds';

type Runner = Pick<EntityManager, 'query'>;

/** How many rows an UPDATE or DELETE changed (TypeORM answers one with [rows, affected count]). */
export async function changedRows(runner: Runner, statement: SqlFragment): Promise<number> {
  const [, affected] = (await runSql<unknown>(runner, statement)) as [unknown[], number];
  return affected;
}

/** A sales tool with its owner's name and the seats held on the day asked about (a count, as text). */
export interface ToolRow {
  id: string;
  name: string;
  category: ToolCategory;
  vendor: string | null;
  owner_id: string | null;
  owner_name: string | null;
  status: ToolStatus;
  cost_per_seat_minor: string;
  currency: string;
  seats_bought: number;
  seats_used: string;
  renewal_date: string | null;
  notes: string;
  links: string[];
  version: number;
  updated_at: Date;
}

/** The tools `where` selects (on `t` the tool), with the seats held on `today`. */
function toolsWhere(today: string, where: SqlFragment): SqlFragment {
  return sql`
  SELECT t.id, t.name, t.category, t.vendor, t.owner_id, u.name AS owner_name, t.status, t.cost_per_seat_minor, t.currency,
         t.seats_bought, t.renewal_date::text AS renewal_date, t.notes, t.links, t.version, t.updated_at,
         (SELECT count(*) FROM tool_seat s WHERE s.tool_id = t.id AND s.starts_on <= ${today}::date AND (s.ends_on IS NULL OR s.ends_on > ${today}::date)) AS seats_used
    FROM sales_tool t LEFT JOIN app_user u ON u.id = t.owner_id
   WHERE ${where}`;
}

/** What a list of tools is narrowed to; `pattern` is an ILIKE pattern on name or vendor. */
export interface ToolFilter {
  status?: ToolStatus;
  category?: ToolCategory;
  pattern?: string;
}

/** The tools of a status, a category and a name or vendor pattern (each if given), by name. */
export function toolList(today: string, filter: ToolFilter): SqlFragment {
  const where = allOf([
    filter.status ? sql`t.status = ${filter.status}` : null,
    filter.category ? sql`t.category = ${filter.category}` : null,
    filter.pattern !== undefined
      ? sql`t.name ILIKE ${filter.pattern} OR t.vendor ILIKE ${filter.pattern}`
      : null,
  ]);
  return sql`${toolsWhere(today, where)} ORDER BY lower(t.name), t.id`;
}

/** One tool, with the seats held on `today`. */
export function toolById(today: string, id: string): SqlFragment {
  return toolsWhere(today, sql`t.id = ${id}`);
}

/** A new tool as stored: its cost in minor units (as text). */
export interface NewToolRow {
  id: string;
  name: string;
  category: ToolCategory;
  vendor: string | null;
  ownerId: string | null;
  status: ToolStatus;
  costPerSeatMinor: string;
  currency: string;
  seatsBought: number;
  renewalDate: string | null;
  notes: string;
  links: string[];
}

/** Inserts a new tool (a unique violation when the name is taken). */
export function insertTool(tool: NewToolRow): SqlFragment {
  return sql`INSERT INTO sales_tool (id, name, category, vendor, owner_id, status, cost_per_seat_minor, currency, seats_bought, renewal_date, notes, links)
           VALUES (${tool.id}, ${tool.name}, ${tool.category}, ${tool.vendor}, ${tool.ownerId}, ${tool.status}, ${tool.costPerSeatMinor},
                   ${tool.currency}, ${tool.seatsBought}, ${tool.renewalDate}, ${tool.notes}, ${tool.links})`;
}

/** The fields of a tool an edit changes; `undefined` leaves a field as it is. */
export type ToolChanges = Partial<Omit<NewToolRow, 'id'>>;

/** Changes the given fields of a tool, its version one up, only at the version the caller edited. */
export function updateTool(id: string, expectedVersion: number, changes: ToolChanges): SqlFragment {
  const sets = [
    changes.name !== undefined && sql`name = ${changes.name}`,
    changes.category !== undefined && sql`category = ${changes.category}`,
    changes.vendor !== undefined && sql`vendor = ${changes.vendor}`,
    changes.ownerId !== undefined && sql`owner_id = ${changes.ownerId}`,
    changes.status !== undefined && sql`status = ${changes.status}`,
    changes.costPerSeatMinor !== undefined && sql`cost_per_seat_minor = ${changes.costPerSeatMinor}`,
    changes.currency !== undefined && sql`currency = ${changes.currency}`,
    changes.seatsBought !== undefined && sql`seats_bought = ${changes.seatsBought}`,
    changes.renewalDate !== undefined && sql`renewal_date = ${changes.renewalDate}`,
    changes.notes !== undefined && sql`notes = ${changes.notes}`,
    changes.links !== undefined && sql`links = ${changes.links}`,
  ].filter((set): set is SqlFragment => set instanceof SqlFragment);
  return sql`UPDATE sales_tool SET ${joinSql([...sets, sql`updated_at = now()`, sql`version = version + 1`])} WHERE id = ${id} AND version = ${expectedVersion}`;
}

/** Which of these ids are reps. */
export function repsAmong(ids: readonly string[]): SqlFragment {
  return sql`SELECT id FROM rep WHERE id = ANY(${ids})`;
}

/** A seat on the tool from `startsOn` for each rep without an unended one on it; the seats made. */
export function insertSeats(toolId: string, repIds: readonly string[], startsOn: string): SqlFragment {
  return sql`INSERT INTO tool_seat (id, tool_id, rep_id, starts_on)
         SELECT gen_random_uuid(), ${toolId}, r, ${startsOn} FROM unnest(${repIds}::uuid[]) AS r
         ON CONFLICT (tool_id, rep_id) WHERE ends_on IS NULL DO NOTHING
         RETURNING id, rep_id`;
}

/** A seat with its tool's and holder's names, dates as `YYYY-MM-DD`. */
export interface SeatRow {
  tool_id: string;
  tool_name: string;
  rep_id: string;
  rep_name: string;
  starts_on: string;
  ends_on: string | null;
}

/** One seat with its tool's and holder's names. */
export function seatById(seatId: string): SqlFragment {
  return sql`SELECT s.tool_id, t.name AS tool_name, s.rep_id, r.name AS rep_name, s.starts_on::text AS starts_on, s.ends_on::text AS ends_on
         FROM tool_seat s JOIN rep r ON r.id = s.rep_id JOIN sales_tool t ON t.id = s.tool_id WHERE s.id = ${seatId}`;
}

/** Deletes a seat while it is still held (one ended the day it started, as if never given). */
export function deleteHeldSeat(seatId: string): SqlFragment {
  return sql`DELETE FROM tool_seat WHERE id = ${seatId} AND ends_on IS NULL`;
}

/** Ends a seat on a day, while it is still held. */
export function endSeat(seatId: string, endsOn: string): SqlFragment {
  return sql`UPDATE tool_seat SET ends_on = ${endsOn} WHERE id = ${seatId} AND ends_on IS NULL`;
}

/** The user if they are an active admin or manager (who may own a tool). */
export function activeOwner(userId: string): SqlFragment {
  return sql`SELECT id FROM app_user WHERE id = ${userId} AND role IN ('ADMIN', 'MANAGER') AND active`;
}
