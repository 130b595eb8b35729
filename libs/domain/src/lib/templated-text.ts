/**
 * Texts stored as facts: a template's key, its params, and the English they give. A client words the same
 * key and params in its reader's language, so the API never translates and the English is written once,
 * in the template. Params are facts, not words: names, counts as numbers, days as `YYYY-MM-DD`, amounts as
 * decimal text (never floats), codes as the API spells them.
 */
export interface TemplatedText<K extends string = string> {
  readonly key: K;
  readonly params: object;
  readonly text: string;
}

/** A catalogue of English templates by key; each names the params it needs. */
export type TemplateCatalogue = Record<string, (params: never) => string>;

/** The params a template names; a template that names none takes `{}`. */
export type TemplateParams<C extends TemplateCatalogue, K extends keyof C> =
  Parameters<C[K]> extends [] ? Record<string, never> : Parameters<C[K]>[0];

/** The function that renders a catalogue's templates: `(key, params) => { key, params, text }`. */
export function templatedText<C extends TemplateCatalogue>(catalogue: C) {
  return <K extends keyof C & string>(key: K, params: TemplateParams<C, K>): TemplatedText<K> => {
    // Indexing by a generic key loses the pairing of template and params that the signature keeps.
    const render = catalogue[key] as (params: TemplateParams<C, K>) => string;
    return { key, params, text: render(params) };
  };
}
