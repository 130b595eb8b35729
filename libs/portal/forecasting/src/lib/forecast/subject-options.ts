import {
  type ForecastSubjectKind,
  type GoalGridRepsGQL,
  type GoalGridRepsQuery,
  type TeamOption,
} from '@salesops/portal/data-access';
import { firstValueFrom } from 'rxjs';

/** Whose forecast the page shows: the company, a team or a rep. */
export interface Subject {
  readonly kind: ForecastSubjectKind;
  readonly id: string | null;
}

export interface RepOption {
  readonly id: string;
  readonly name: string;
  readonly teamId: string;
}

// 10 pages of 100: any real sales org; the select would need a search beyond that.
const MAX_PAGES = 10;

/** Every active rep the caller may see, by name. */
export async function loadRepOptions(gql: GoalGridRepsGQL): Promise<RepOption[]> {
  const reps: RepOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: { data?: GoalGridRepsQuery } = await firstValueFrom(
      gql.fetch({ variables: { first: 100, after, filter: { active: true } }, fetchPolicy: 'network-only' }),
    );
    const connection: GoalGridRepsQuery['reps'] | undefined = result.data?.reps;
    if (!connection) break;
    reps.push(...connection.edges.map(({ node }) => ({ id: node.id, name: node.name, teamId: node.teamId })));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return reps;
}

/** `COMPANY`, `TEAM:<id>` or `REP:<id>`: one value for a select and the URL. */
export function subjectValue(subject: Subject): string {
  return subject.kind === 'COMPANY' || !subject.id ? 'COMPANY' : `${subject.kind}:${subject.id}`;
}

export function parseSubject(value: string | null | undefined): Subject | null {
  if (value === 'COMPANY') return { kind: 'COMPANY', id: null };
  const match = /^(TEAM|REP):([\w-]+)$/.exec(value ?? '');
  return match ? { kind: match[1] as ForecastSubjectKind, id: match[2] } : null;
}

/**
 * Where the page opens: admins on the company; others on the top team they can see (a manager's own),
 * else their first rep.
 */
export function defaultSubject(
  isAdmin: boolean,
  teams: readonly TeamOption[],
  reps: readonly RepOption[],
): Subject | null {
  if (isAdmin) return { kind: 'COMPANY', id: null };
  const ids = new Set(teams.map((t) => t.id));
  const top = teams.find((t) => !t.parentId || !ids.has(t.parentId));
  if (top) return { kind: 'TEAM', id: top.id };
  return reps[0] ? { kind: 'REP', id: reps[0].id } : null;
}

/** The team the calls and suggestions are limited to: the subject's team, a rep's team, or none (all). */
export function scopeTeamId(subject: Subject, reps: readonly RepOption[]): string | null {
  if (subject.kind === 'TEAM') return subject.id;
  if (subject.kind === 'REP') return reps.find((r) => r.id === subject.id)?.teamId ?? null;
  return null;
}
