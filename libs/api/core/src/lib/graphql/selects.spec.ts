import { type GraphQLResolveInfo, Kind, parse } from 'graphql';

import { selectedFields } from './selects';

/** The info a resolver of the document's first root field gets. */
function infoOf(document: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const root =
    operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : undefined;
  if (root?.kind !== Kind.FIELD) throw new Error('no root field');
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  return { fieldNodes: [root], fragments };
}

/** Whether a reps query selects each rep's team (what the reps list joins the team for). */
const selectsTeam = (document: string) => selectedFields(infoOf(document), ['edges', 'node']).has('team');

describe('selectedFields: a nested object', () => {
  it('should find a nested field when it is selected directly', () => {
    expect(selectsTeam('{ reps { edges { node { name team { name } } } } }')).toBe(true);
  });

  it('should not find it when only its siblings are selected', () => {
    expect(selectsTeam('{ reps { edges { node { name teamId } } totalCount } }')).toBe(false);
    expect(selectsTeam('{ reps { totalCount } }')).toBe(false);
    expect(selectsTeam('{ reps { team { name } } }')).toBe(false);
  });

  it('should find it through inline and named fragments, also under an alias', () => {
    expect(selectsTeam('{ reps { edges { node { ... on Rep { team { id } } } } } }')).toBe(true);
    expect(
      selectsTeam(
        'query { reps { ...Page } } fragment Page on RepConnection { edges { node { ...Row } } } fragment Row on Rep { t: team { id } }',
      ),
    ).toBe(true);
  });

  it('should count a field that a directive may skip as selected', () => {
    expect(
      selectsTeam('query($t: Boolean!) { reps { edges { node { team @include(if: $t) { id } } } } }'),
    ).toBe(true);
  });

  it('should read a fragment spread twice once and stop at a missing fragment', () => {
    expect(selectsTeam('{ reps { edges { node { ...A ...A ...Missing } } } } fragment A on Rep { id }')).toBe(
      false,
    );
  });
});

describe('selectedFields', () => {
  const names = (document: string, path: readonly string[]) =>
    [...selectedFields(infoOf(document), path)].sort();

  it('should name the fields selected at a path, each once, without __typename', () => {
    const document = '{ reps { edges { node { __typename name email name team { name } } } totalCount } }';
    expect(names(document, ['edges', 'node'])).toEqual(['email', 'name', 'team']);
    expect(names(document, ['edges', 'node', 'team'])).toEqual(['name']);
    expect(names(document, [])).toEqual(['edges', 'totalCount']);
  });

  it('should merge aliases and fragments, inline and named, at every level', () => {
    const document = `query { reps { ...Page edges { a: node { id } } } }
      fragment Page on RepConnection { edges { node { ...Row ... on Rep { hireDate } } } }
      fragment Row on Rep { e: email team { ...T } } fragment T on Team { createdAt }`;
    expect(names(document, ['edges', 'node'])).toEqual(['email', 'hireDate', 'id', 'team']);
    expect(names(document, ['edges', 'node', 'team'])).toEqual(['createdAt']);
  });

  it('should count a field that a directive may skip as selected', () => {
    expect(names('query($t: Boolean!) { rep(id: "x") { name @skip(if: $t) } }', [])).toEqual(['name']);
  });

  it('should name nothing below a path the query does not select', () => {
    expect(names('{ reps { totalCount } }', ['edges', 'node'])).toEqual([]);
    expect(names('{ reps { edges { node { name } } } }', ['edges', 'node', 'team'])).toEqual([]);
  });
});
