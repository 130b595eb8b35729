import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';

import { queryCost, usesIntrospection } from './query-cost';

const schema = buildSchema(`
  type Query { reps(first: Int = 20): RepPage!  me: Rep! }
  type RepPage { edges: [Rep!]! total: Int! }
  type Rep { name: String! deals(first: Int = 10): [Deal!]! }
  type Deal { amount: Int! }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return queryCost(schema, document, operation, variables);
}

describe('queryCost', () => {
  it('should count every field once', () => {
    expect(cost('{ me { name } }')).toBe(2);
  });

  it('should multiply what is under a paged field by the page size, literal, variable or default', () => {
    expect(cost('{ reps(first: 100) { total } }')).toBe(101);
    expect(cost('query($n: Int) { reps(first: $n) { total } }', { n: 50 })).toBe(51);
    expect(cost('{ reps { total } }')).toBe(21);
  });

  it('should multiply nested pages', () => {
    // 1 + 100 x (edges 1 + 1 x (name 1 + deals (1 + 10 x amount 1)))
    expect(cost('{ reps(first: 100) { edges { name deals { amount } } } }')).toBe(
      1 + 100 * (1 + (1 + 1 + 10)),
    );
  });

  it('should follow fragments and ignore __typename', () => {
    expect(cost('{ reps(first: 2) { ...page __typename } } fragment page on RepPage { total }')).toBe(3);
  });
});

describe('usesIntrospection', () => {
  it('should spot __schema and __type anywhere, and not __typename', () => {
    expect(usesIntrospection(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(usesIntrospection(parse('{ me { name } ... on Query { __type(name: "Rep") { name } } }'))).toBe(
      true,
    );
    expect(usesIntrospection(parse('{ me { ...f } } fragment f on Rep { name __typename }'))).toBe(false);
  });
});
