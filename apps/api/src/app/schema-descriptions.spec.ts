import { buildSchema, getNamedType, type GraphQLSchema, isObjectType } from 'graphql';

import { schema } from '../testing/schema-operations';

/** The named types of the figures the API shows: counts, ratios and amounts of money. */
const FIGURE_TYPES = new Set(['Int', 'Float', 'Money']);

/** Plumbing, not figures: the root types and the pagination wrappers around lists. */
function isPlumbing(typeName: string): boolean {
  return (
    typeName.startsWith('__') ||
    ['Query', 'Mutation', 'Subscription', 'PageInfo'].includes(typeName) ||
    typeName.endsWith('Connection') ||
    typeName.endsWith('Edge')
  );
}

/** `Type.field` of every figure of an output object type that has no description (or a blank one). */
function undescribedFigures(of: GraphQLSchema): string[] {
  return Object.values(of.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !isPlumbing(type.name))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => FIGURE_TYPES.has(getNamedType(field.type).name) && !field.description?.trim())
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}

describe('schema descriptions of figures', () => {
  it('should describe every Int, Float and Money field of an output object type (what is counted, over which period)', () => {
    const missing = undescribedFigures(schema);
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} figure(s) without a description in schema.graphql:\n  ${missing.join('\n  ')}`,
      );
    }
  });

  it('should check the figures of the schema the API serves (the Money type and known figures are there)', () => {
    expect(schema.getType('Money')).toBeDefined();
    const repPerformance = schema.getType('RepPerformance');
    expect(
      isObjectType(repPerformance) && getNamedType(repPerformance.getFields()['dealsWon'].type).name,
    ).toBe('Int');
  });

  it('should name the figures that lack one, and only those', () => {
    const sample = buildSchema(`
      type Money { amount: String! }
      type PageInfo { count: Int }
      type ThingEdge { position: Int }
      type ThingConnection { totalCount: Int! edges: [ThingEdge!]! pageInfo: PageInfo! }
      type Thing {
        """Deals won with a close date in the period"""
        described: Int!
        bare: Int!
        """   """
        blank: Float
        money: Money
        list: [Int!]!
        """Not a figure"""
        text: String
        untold: String
      }
      type Query { things: ThingConnection! count: Int! }
      type Mutation { run: Int! }
    `);
    expect(undescribedFigures(sample)).toEqual(['Thing.bare', 'Thing.blank', 'Thing.list', 'Thing.money']);
  });
});
