import { allOf, empty, joinSql, query, queryReturning, selectedColumns, sql } from './sql';

describe('sql', () => {
  it('should turn every value into a numbered parameter when a statement is written', () => {
    const name = "Robert'); DROP TABLE rep;--";
    expect(sql`SELECT id FROM rep WHERE name = ${name} AND team_id = ${7}`.toQuery()).toEqual({
      text: 'SELECT id FROM rep WHERE name = $1 AND team_id = $2',
      values: [name, 7],
    });
  });

  it('should inline nested fragments and renumber their values when fragments are composed', () => {
    const scope = sql`r.team_id = ANY(${['a', 'b']})`;
    const statement = sql`SELECT * FROM rep r WHERE r.active = ${true} AND ${scope} LIMIT ${10}`;
    expect(statement.toQuery()).toEqual({
      text: 'SELECT * FROM rep r WHERE r.active = $1 AND r.team_id = ANY($2) LIMIT $3',
      values: [true, ['a', 'b'], 10],
    });
  });

  it('should join fragments with a separator and give nothing for an empty list', () => {
    const columns = joinSql([sql`a = ${1}`, sql`b = ${2}`, sql`c = ${3}`], sql` OR `);
    expect(sql`WHERE ${columns}`.toQuery()).toEqual({
      text: 'WHERE a = $1 OR b = $2 OR c = $3',
      values: [1, 2, 3],
    });
    expect(sql`SELECT 1${joinSql([])}`.toQuery()).toEqual({ text: 'SELECT 1', values: [] });
    expect(sql`x${empty}y`.toQuery().text).toBe('xy');
  });

  describe('selectedColumns', () => {
    const columns = { name: sql`r.name`, email: sql`r.email`, created_at: sql`r.created_at` };
    const needs = {
      id: [],
      name: ['name' as const],
      label: ['name' as const, 'email' as const],
      email: ['email' as const],
    };
    const read = (selected?: string[]) =>
      sql`SELECT r.id${selectedColumns(selected && new Set(selected), columns, needs)}`.toQuery().text;

    it("should read only the columns the selected fields need, each once, in the columns' order", () => {
      expect(read(['email', 'label', 'name'])).toBe('SELECT r.id, r.name, r.email');
      expect(read(['id'])).toBe('SELECT r.id');
      expect(read([])).toBe('SELECT r.id');
    });

    it('should read every column for a field it does not know, and when nothing is selected for it', () => {
      expect(read(['name', 'addedLater'])).toBe('SELECT r.id, r.name, r.email, r.created_at');
      expect(read(['toString'])).toBe('SELECT r.id, r.name, r.email, r.created_at');
      expect(read(undefined)).toBe('SELECT r.id, r.name, r.email, r.created_at');
    });
  });

  it('should AND the present conditions and read TRUE when none are present', () => {
    expect(allOf([sql`a = ${1}`, false, null, sql`b = ${2}`]).toQuery()).toEqual({
      text: '(a = $1) AND (b = $2)',
      values: [1, 2],
    });
    expect(allOf([undefined]).toQuery()).toEqual({ text: 'TRUE', values: [] });
  });

  it('should pass the text and values to the runner when a fragment is run', async () => {
    const calls: unknown[][] = [];
    const runner = { query: (async (...args: unknown[]) => (calls.push(args), [{ id: 1 }])) as never };
    const rows = await query<{ id: number }>(runner, sql`SELECT ${1} AS id`);
    expect(rows).toEqual([{ id: 1 }]);
    expect(calls).toEqual([['SELECT $1 AS id', [1]]]);
  });
  it('should give a query builder named placeholders, ten and more included, and leave casts alone', () => {
    const many = joinSql(Array.from({ length: 11 }, (_, i) => sql`${i}`));
    expect(sql`x IN (${many}) AND d < ${'2017-04-01'}::date`.toNamed('f')).toEqual({
      text: 'x IN (:f1, :f2, :f3, :f4, :f5, :f6, :f7, :f8, :f9, :f10, :f11) AND d < :f12::date',
      params: {
        f1: 0,
        f2: 1,
        f3: 2,
        f4: 3,
        f5: 4,
        f6: 5,
        f7: 6,
        f8: 7,
        f9: 8,
        f10: 9,
        f11: 10,
        f12: '2017-04-01',
      },
    });
  });

  it('should give the returned rows of an UPDATE, which TypeORM answers as [rows, count], and of any other statement', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    const answering = (answer: unknown) => ({ query: <T>() => Promise.resolve(answer as T) });
    await expect(queryReturning(answering([rows, 2]), sql`UPDATE t SET x = 1 RETURNING id`)).resolves.toEqual(
      rows,
    );
    await expect(queryReturning(answering([[], 0]), sql`DELETE FROM t RETURNING id`)).resolves.toEqual([]);
    await expect(
      queryReturning(answering(rows), sql`INSERT INTO t DEFAULT VALUES RETURNING id`),
    ).resolves.toEqual(rows);
  });
});
