import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * The names of the fields the query selects at `path` below the field being resolved (`[]`: the field's own
 * selection), through inline and named fragments, `__typename` left out: what a read needs columns for.
 * A read looks ahead with it to fetch only the columns, and the nested objects, a query asks for (decisions
 * 0027, 0039). `@skip`/`@include` and type conditions are not weighed: a field that may not be asked for
 * counts as selected, which costs a column or a join, never an answer.
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): ReadonlySet<string> {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = selectionSets(fields)
      .flatMap((set) => fieldsOf(set, info.fragments, new Set()))
      .filter((field) => field.name.value === name);
  }
  const names = new Set<string>();
  for (const set of selectionSets(fields))
    for (const field of fieldsOf(set, info.fragments, new Set()))
      if (field.name.value !== '__typename') names.add(field.name.value);
  return names;
}

function selectionSets(fields: readonly FieldNode[]): SelectionSetNode[] {
  return fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

/** The fields of a selection set, with those of its fragments (each named fragment read once). */
function fieldsOf(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FieldNode[] {
  return set.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return [selection];
      case Kind.INLINE_FRAGMENT:
        return fieldsOf(selection.selectionSet, fragments, seen);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) return [];
        seen.add(fragment.name.value);
        return fieldsOf(fragment.selectionSet, fragments, seen);
      }
    }
  });
}

/**
 * `@SelectedFields('edges.node') fields: ReadonlySet<string>` — `selectedFields` as a resolver's parameter
 * (`''` for the field's own selection).
 */
export const SelectedFields = createParamDecorator(
  (path: string, context: ExecutionContext): ReadonlySet<string> =>
    selectedFields(
      GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>(),
      path ? path.split('.') : [],
    ),
);
