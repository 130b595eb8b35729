import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The most a single request may cost. Every field costs 1; a field with a `first` argument multiplies the
 * cost of what is selected under it by the page size asked for (or the argument's default). The portal's
 * biggest page (a 500-row leaderboard with every KPI) costs about 17,000.
 */
export const MAX_QUERY_COST = 25_000;

/** The cost of the operation that will run, with variables applied; fragments followed. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const intValue = (node: ValueNode): number | null => {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variables[node.name.value];
      return typeof value === 'number' ? value : null;
    }
    return null;
  };
  const costOf = (
    set: SelectionSetNode | undefined,
    type: GraphQLNamedType | null | undefined,
    seen: ReadonlySet<string>,
  ): number => {
    if (!set || !type) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        let pageSize = 1;
        const first = field.args.find((arg) => arg.name === 'first');
        if (first) {
          const given = selection.arguments?.find((arg) => arg.name.value === 'first');
          const value = given ? intValue(given.value) : null;
          pageSize = Math.max(1, value ?? (typeof first.defaultValue === 'number' ? first.defaultValue : 1));
        }
        total += 1 + pageSize * costOf(selection.selectionSet, getNamedType(field.type), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(selection.selectionSet, on, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          total += costOf(
            fragment.selectionSet,
            schema.getType(fragment.typeCondition.name.value),
            new Set([...seen, selection.name.value]),
          );
      }
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

/** Whether an operation asks for the schema itself (`__schema` or `__type`). */
export function usesIntrospection(document: DocumentNode): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === '__schema' ||
          selection.name.value === '__type' ||
          visit(selection.selectionSet)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? visit(selection.selectionSet)
          : false,
    );
  return document.definitions.some(
    (definition) =>
      (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) &&
      visit(definition.selectionSet),
  );
}
