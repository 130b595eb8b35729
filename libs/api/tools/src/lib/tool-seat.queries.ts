import { sql, type SqlFragment } from '@salesops/api/core';

/** A seat on a tool with its holder's name, dates as `YYYY-MM-DD`. */
export interface ToolSeatRow {
  id: string;
  tool_id: string;
  rep_id: string;
  rep_name: string;
  starts_on: string;
  ends_on: string | null;
}

/**
 * The seats of one tool held on `today` (or, with `includeEnded`, ever), by holder name; `visible` is the
 * caller's visibility rule on the holder (`repVisibleTo(principal, sql\`s.rep_id\`)`), so a manager sees
 * only the seat holders of the teams they lead, as everywhere else.
 */
export function toolSeats(
  toolId: string,
  includeEnded: boolean,
  today: string,
  visible: SqlFragment,
): SqlFragment {
  return sql`
  SELECT s.id, s.tool_id, s.rep_id, r.name AS rep_name, s.starts_on::text AS starts_on, s.ends_on::text AS ends_on
    FROM tool_seat s JOIN rep r ON r.id = s.rep_id
   WHERE s.tool_id = ${toolId}::uuid
     AND (${includeEnded} OR s.ends_on IS NULL OR s.ends_on > ${today}::date)
     AND ${visible}
   ORDER BY lower(r.name), s.starts_on`;
}
