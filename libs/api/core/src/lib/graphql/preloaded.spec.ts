import { graphql, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

import { answerPreloadedFields, preloadedValue, withPreloaded } from './preloaded';

describe('preloaded fields', () => {
  const calls: string[] = [];
  const team = new GraphQLObjectType({ name: 'Team', fields: { name: { type: GraphQLString } } });
  const rep = new GraphQLObjectType({
    name: 'Rep',
    fields: {
      name: { type: GraphQLString },
      team: {
        type: team,
        resolve: (source: { id: string }) => (calls.push(source.id), { name: `loaded for ${source.id}` }),
      },
    },
  });
  const reps = [
    withPreloaded({ id: 'r1', name: 'Ann' }, { team: { name: 'West' } }),
    { id: 'r2', name: 'Bo' },
  ];
  const schema = answerPreloadedFields(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { reps: { type: new GraphQLList(rep), resolve: () => reps } },
      }),
    }),
  );

  beforeEach(() => (calls.length = 0));

  it('should answer a preloaded field without its resolver, and call the resolver for a node without one', async () => {
    const result = await graphql({ schema, source: '{ reps { name team { name } } }' });
    expect(result).toEqual({
      data: {
        reps: [
          { name: 'Ann', team: { name: 'West' } },
          { name: 'Bo', team: { name: 'loaded for r2' } },
        ],
      },
    });
    expect(calls).toEqual(['r2']);
  });

  it('should answer a preloaded null as null, not as "not preloaded"', async () => {
    const node = withPreloaded({ id: 'r3' }, { team: null });
    expect(preloadedValue(node, 'team')).toBeNull();
    expect(preloadedValue(node, 'name')).toBeUndefined();
    expect(preloadedValue(undefined, 'team')).toBeUndefined();
  });

  it('should keep the preloaded values out of copies, equality and JSON', () => {
    const node = withPreloaded({ id: 'r1' }, { team: { name: 'West' } });
    expect(node).toEqual({ id: 'r1' });
    expect(JSON.stringify({ ...node })).toBe('{"id":"r1"}');
    expect(preloadedValue({ ...node }, 'team')).toBeUndefined();
  });
});
