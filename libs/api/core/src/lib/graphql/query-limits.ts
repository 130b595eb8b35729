import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 20;
/** graphql-js stops parsing past this many tokens, before any validation or resolver runs. */
export const MAX_TOKENS = 5000;
/** Before signing in only `login` is open: a smaller budget keeps an anonymous document cheap to refuse. */
export const MAX_ANONYMOUS_TOKENS = 1000;

/** Refuses operations nested deeper than `max` fields (fragments followed, cycles ignored). */
export function maxDepthRule(max = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(
            deepest,
            selection.name.value.startsWith('__') ? 0 : 1 + depthOf(selection.selectionSet, seen),
          );
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(
            deepest,
            depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])),
          );
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max)
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${max}`, { nodes: [node] }),
          );
      },
    };
  };
}

/** Refuses documents with more than `max` aliases (alias flooding multiplies resolver work). */
export function maxAliasesRule(max = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`Query uses more than ${max} aliases`, { nodes: [node] }));
        }
      },
    };
  };
}

/** Refuses documents with more than `max` directives. */
export function maxDirectivesRule(max = MAX_DIRECTIVES) {
  return (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    return {
      Directive(node) {
        if (++directives === max + 1)
          context.reportError(new GraphQLError(`Query uses more than ${max} directives`, { nodes: [node] }));
      },
    };
  };
}

export const QUERY_LIMIT_RULES = [maxDepthRule(), maxAliasesRule(), maxDirectivesRule()];
