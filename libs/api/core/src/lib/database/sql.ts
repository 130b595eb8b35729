import { type EntityManager } from 'typeorm';

/**
 * A piece of SQL with its values kept apart: written only with the `sql` tag, so a value can never be
 * spliced into the text (decision 0013). A fragment inside a fragment is inlined with its values
 * renumbered; every other value becomes a `$n` parameter.
 */
export class SqlFragment {
  /** @internal use the `sql` tag */
  constructor(
    private readonly strings: readonly string[],
    private readonly values: readonly unknown[],
  ) {}

  /** The statement text with `$1..$n` placeholders, and its values in order. */
  toQuery(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.render(values);
    return { text, values };
  }

  /**
   * The statement text with TypeORM's named placeholders (`:prefix1..:prefixN`) and its values by name,
   * for a condition a query builder adds (`andWhere`). The prefix must not be a name the builder uses.
   */
  toNamed(prefix: string): { text: string; params: Record<string, unknown> } {
    const { text, values } = this.toQuery();
    const params = Object.fromEntries(values.map((value, i) => [`${prefix}${i + 1}`, value]));
    return { text: text.replace(/\$(\d+)/g, (_, n: string) => `:${prefix}${n}`), params };
  }

  private render(values: unknown[]): string {
    let text = this.strings[0];
    for (let i = 0; i < this.values.length; i++) {
      const value = this.values[i];
      if (value instanceof SqlFragment) {
        text += value.render(values);
      } else {
        values.push(value);
        text += `$${values.length}`;
      }
      text += this.strings[i + 1];
    }
    return text;
  }
}

/** The SQL tag: `sql\`SELECT id FROM rep WHERE team_id = ${teamId}\``. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  return new SqlFragment(strings, values);
}

/** Fragments joined by a separator fragment (default `, `); `empty` when there are none. */
export function joinSql(fragments: readonly SqlFragment[], separator: SqlFragment = sql`, `): SqlFragment {
  if (fragments.length === 0) return empty;
  const strings = ['', ...Array.from({ length: fragments.length * 2 - 2 }, () => ''), ''];
  const values: SqlFragment[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) values.push(separator);
    values.push(fragment);
  });
  return new SqlFragment(strings, values);
}

/**
 * The columns a read needs for the fields a query selects (`selectedFields`), each as `, <column>` to follow
 * the columns every read has: the columns of `columns` that `needs` names for a selected field, in
 * `columns`' order, each once. A selected field `needs` does not list (one added to the type later, or by
 * another module's field resolver) reads every column: an unknown field is answered right before it is
 * answered fast. `undefined` selects every field (a caller that is not a resolver).
 */
export function selectedColumns<Column extends string>(
  selected: ReadonlySet<string> | undefined,
  columns: Readonly<Record<Column, SqlFragment>>,
  needs: Readonly<Record<string, readonly Column[]>>,
): SqlFragment {
  const names = Object.keys(columns) as Column[];
  let wanted: ReadonlySet<Column> = new Set(names);
  if (selected && [...selected].every((field) => Object.hasOwn(needs, field)))
    wanted = new Set([...selected].flatMap((field) => needs[field]));
  return joinSql(
    names.filter((name) => wanted.has(name)).map((name) => sql`, ${columns[name]}`),
    empty,
  );
}

/** Conditions joined with AND; `TRUE` when there are none. */
export function allOf(conditions: readonly (SqlFragment | false | null | undefined)[]): SqlFragment {
  const present = conditions.filter(
    (condition): condition is SqlFragment => condition instanceof SqlFragment,
  );
  return present.length
    ? joinSql(
        present.map((condition) => sql`(${condition})`),
        sql` AND `,
      )
    : sql`TRUE`;
}

export const empty = new SqlFragment([''], []);

/**
 * Runs a data-changing fragment with RETURNING and returns the rows it returned. TypeORM answers an UPDATE
 * or a DELETE (a WITH ... UPDATE too) as [rows, affected count] and every other statement as its rows, so
 * `query` would hand such a statement's caller a pair instead of rows.
 */
export async function queryReturning<Row>(
  runner: Pick<EntityManager, 'query'>,
  fragment: SqlFragment,
): Promise<Row[]> {
  const { text, values } = fragment.toQuery();
  const result: unknown = await runner.query(text, values);
  const pair =
    Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (pair ? result[0] : result) as Row[];
}

/** Runs a fragment and returns its plain rows. */
export function query<Row>(runner: Pick<EntityManager, 'query'>, fragment: SqlFragment): Promise<Row[]> {
  const { text, values } = fragment.toQuery();
  return runner.query(text, values) as Promise<Row[]>;
}
