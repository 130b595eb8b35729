import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/** A response name written more often than this in one selection set is refused (`{ id id id id }`). */
export const MAX_REPEATED_SELECTIONS = 3;
/** Fields answering under one name in one selection set, counted through every fragment it uses. */
export const MAX_MERGED_SELECTIONS = 20;
/** Fragment spreads and inline fragments in one selection set (through inline fragments). */
export const MAX_FRAGMENTS_PER_SELECTION = 30;
export const MAX_FRAGMENT_DEFINITIONS = 100;
/** Field selections in a document, counted with every fragment spread expanded where it is used. */
export const MAX_SELECTIONS = 2000;

/** What one selection set (or fragment) brings: fields by response name, fragments used, size. */
interface Collected {
  names: Map<string, number>;
  fragments: number;
  size: number;
}

class ShapeProblem extends Error {}

/**
 * Why a parsed document is refused before validation, or null. graphql-js's validation compares the
 * fields that answer under one name pairwise, through fragments too (OverlappingFieldsCanBeMerged),
 * and fragments pairwise: 4,700 copies of one field kept the event loop for seconds. This check is one
 * linear walk, memoised per fragment, so spreads that fan out are counted without being expanded; a
 * document that passes it validates in milliseconds (docs/reliability.md).
 */
export function documentShapeProblem(document: DocumentNode): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  if (fragments.size > MAX_FRAGMENT_DEFINITIONS) {
    return `The document defines ${fragments.size} fragments; at most ${MAX_FRAGMENT_DEFINITIONS} are allowed`;
  }
  const memo = new Map<string, Collected>();

  const collect = (
    set: SelectionSetNode,
    open: Set<string>,
    into: Collected,
    written: Map<string, number>,
  ): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const times = (written.get(name) ?? 0) + 1;
        written.set(name, times);
        if (times > MAX_REPEATED_SELECTIONS) {
          throw new ShapeProblem(
            `"${name}" is selected ${times} times in one selection set; at most ${MAX_REPEATED_SELECTIONS} are allowed`,
          );
        }
        add(into, name, 1, 1 + (selection.selectionSet ? check(selection.selectionSet, open).size : 0));
      } else {
        if (++into.fragments > MAX_FRAGMENTS_PER_SELECTION) {
          throw new ShapeProblem(`One selection set uses more than ${MAX_FRAGMENTS_PER_SELECTION} fragments`);
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet, open, into, new Map());
        } else {
          const fragment = fragmentCollected(selection.name.value, open);
          for (const [name, times] of fragment.names) add(into, name, times, 0);
          into.size += fragment.size;
        }
      }
      if (into.size > MAX_SELECTIONS) {
        throw new ShapeProblem(
          `Query selects more than ${MAX_SELECTIONS} fields (fragments counted where they are spread)`,
        );
      }
    }
  };

  const add = (into: Collected, name: string, times: number, size: number): void => {
    const merged = (into.names.get(name) ?? 0) + times;
    if (merged > MAX_MERGED_SELECTIONS) {
      throw new ShapeProblem(
        `"${name}" is selected ${merged} times in one selection set through its fragments; at most ${MAX_MERGED_SELECTIONS} are allowed`,
      );
    }
    into.names.set(name, merged);
    into.size += size;
  };

  const check = (set: SelectionSetNode, open: Set<string>): Collected => {
    const collected: Collected = { names: new Map(), fragments: 0, size: 0 };
    collect(set, open, collected, new Map());
    return collected;
  };

  // A cycle or an unknown fragment is left for validation to name; it adds nothing here.
  const fragmentCollected = (name: string, open: Set<string>): Collected => {
    const known = memo.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition || open.has(name)) return { names: new Map(), fragments: 0, size: 0 };
    const collected = check(definition.selectionSet, new Set([...open, name]));
    memo.set(name, collected);
    return collected;
  };

  try {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) check(definition.selectionSet, new Set());
    }
    return null;
  } catch (error) {
    if (error instanceof ShapeProblem) return error.message;
    throw error;
  }
}
