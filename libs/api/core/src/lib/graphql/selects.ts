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
 * Whether the query selects `path` below the field being resolved (e.g. `['edges', 'node', 'team']`),
 * through inline fragments and named fragments too. A resolver looks ahead with it to fetch a nested
 * object in its own statement instead of one more per field. `@skip`/`@include` and type conditions are
 * not weighed: a field that may not be asked for counts as selected, which costs a join, never an answer.
 */
export function selectsPath(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): boolean {
  let sets = selectionSets(info.fieldNodes);
  for (const name of path) {
    const matches = sets.flatMap((set) => fieldsOf(set, info.fragments, new Set()));
    const named = matches.filter((field) => field.name.value === name);
    if (named.length === 0) return false;
    sets = selectionSets(named);
  }
  return true;
}

/**
 * The names of the fields the query selects at `path` below the field being resolved (`[]`: the field's own
 * selection), through inline and named fragments, `__typename` left out: what a read needs columns for.
 * Like `selectsPath`, a field under `@skip`/`@include` or a type condition counts as selected.
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

/** `@SelectsPath('edges.node.team') withTeam: boolean` — `selectsPath` as a resolver's parameter. */
export const SelectsPath = createParamDecorator((path: string, context: ExecutionContext): boolean =>
  selectsPath(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>(), path.split('.')),
);

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
