import { parse } from 'graphql';

import {
  documentShapeProblem,
  MAX_FRAGMENT_DEFINITIONS,
  MAX_FRAGMENTS_PER_SELECTION,
  MAX_MERGED_SELECTIONS,
  MAX_REPEATED_SELECTIONS,
  MAX_SELECTIONS,
} from './document-shape';

const problemOf = (source: string) => documentShapeProblem(parse(source));

describe('documentShapeProblem', () => {
  it('should pass an ordinary query with fragments, aliases and inline fragments', () => {
    const source = `
      query Reps($first: Int) { reps(first: $first) { edges { node { ...Rep other: team { name } } } } }
      fragment Rep on Rep { id name team { ...Team } ... on Rep { email } }
      fragment Team on Team { id name }`;
    expect(problemOf(source)).toBeNull();
  });

  it('should allow a response name exactly the limit of times and refuse one more', () => {
    const at = `{ me { ${'id '.repeat(MAX_REPEATED_SELECTIONS)} } }`;
    const over = `{ me { ${'id '.repeat(MAX_REPEATED_SELECTIONS + 1)} } }`;
    expect(problemOf(at)).toBeNull();
    expect(problemOf(over)).toBe(
      `"id" is selected ${MAX_REPEATED_SELECTIONS + 1} times in one selection set; at most ${MAX_REPEATED_SELECTIONS} are allowed`,
    );
  });

  it('should count an alias as the name it answers under when it repeats', () => {
    expect(problemOf('{ a: me { id } a: me { id } a: me { id } a: me { id } }')).toMatch(
      /"a" is selected 4 times/,
    );
    expect(problemOf('{ a: me { id } b: me { id } c: me { id } d: me { id } }')).toBeNull();
  });

  it('should refuse the probe shape of thousands of one field when it is sent', () => {
    const source = `mutation { login(input: {email: "a@b.c", password: "x"}) { ${'token '.repeat(4700)} } nope }`;
    expect(problemOf(source)).toMatch(/"token" is selected 4 times/);
  });

  it('should count a name through fragments up to the limit and refuse one more', () => {
    const fragments = (count: number) =>
      Array.from({ length: count }, (_, i) => `fragment F${i} on User { id }`).join(' ');
    const spreads = (count: number) => Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
    expect(
      problemOf(`{ me { ${spreads(MAX_MERGED_SELECTIONS)} } } ${fragments(MAX_MERGED_SELECTIONS)}`),
    ).toBeNull();
    expect(
      problemOf(`{ me { ${spreads(MAX_MERGED_SELECTIONS + 1)} } } ${fragments(MAX_MERGED_SELECTIONS + 1)}`),
    ).toBe(
      `"id" is selected ${MAX_MERGED_SELECTIONS + 1} times in one selection set through its fragments; at most ${MAX_MERGED_SELECTIONS} are allowed`,
    );
  });

  it('should refuse inline fragments nested to merge one name hundreds of times', () => {
    const inner = Array.from({ length: 20 }, () => '... on User { id }').join(' ');
    const source = `{ me { ${Array.from({ length: 20 }, () => `... on User { ${inner} }`).join(' ')} } }`;
    expect(problemOf(source)).toMatch(/"id" is selected 21 times in one selection set through its fragments/);
  });

  it('should refuse more fragments in one selection set than the limit', () => {
    const names = ['id', 'email', 'name'];
    const count = MAX_FRAGMENTS_PER_SELECTION + 1;
    const fragments = Array.from(
      { length: count },
      (_, i) => `fragment F${i} on User { ${names[i % 3]} }`,
    ).join(' ');
    const spreads = Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
    expect(problemOf(`{ me { ${spreads} } } ${fragments}`)).toBe(
      `One selection set uses more than ${MAX_FRAGMENTS_PER_SELECTION} fragments`,
    );
  });

  it('should refuse a document defining more fragments than the limit', () => {
    const fragments = Array.from(
      { length: MAX_FRAGMENT_DEFINITIONS + 1 },
      (_, i) => `fragment F${i} on User { id }`,
    ).join(' ');
    expect(problemOf(`{ me { ...F0 } } ${fragments}`)).toMatch(/defines 101 fragments/);
  });

  it('should refuse fragments that fan out past the size limit without expanding them', () => {
    // 20 levels of fragments, each spreading the next twice in two places: 2^40 fields if expanded.
    const levels = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on User { a: me { ...F${i + 1} ...F${i + 1} } b: me { ...F${i + 1} } }`,
    );
    const source = `{ me { ...F0 } } ${levels.join(' ')} fragment F20 on User { id email }`;
    expect(problemOf(source)).toBe(
      `Query selects more than ${MAX_SELECTIONS} fields (fragments counted where they are spread)`,
    );
  });

  it('should leave a fragment cycle to validation instead of looping when one is sent', () => {
    expect(
      problemOf('{ me { ...A } } fragment A on User { id ...B } fragment B on User { email ...A }'),
    ).toBeNull();
  });

  it('should count fields in every operation of the document', () => {
    const wide = Array.from({ length: MAX_SELECTIONS + 1 }, (_, i) => `f${i}`).join(' ');
    expect(problemOf(`query A { me { id } } query B { me { ${wide} } }`)).toMatch(/more than 2000 fields/);
  });
});
