export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** Texts by key, in one language. */
export type Texts = Readonly<Record<string, string>>;

/**
 * One set of texts, the common ones or an area's: English ships with its code (the fallback of every
 * other language); every other language is a loader, so its chunk is fetched only when it is shown.
 */
export interface AreaTexts {
  readonly area: string;
  readonly en: Texts;
  readonly load: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Texts>>>;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ko';
}

/**
 * What is wrong with a translation of `en` (for a spec to expect none): a missing, extra or empty key, a
 * text left in English, or placeholders that differ. `sameOnPurpose` lists keys that read the same in both.
 */
export function translationProblems(
  en: Texts,
  other: Texts,
  sameOnPurpose: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');
  for (const key of Object.keys(other)) if (!Object.hasOwn(en, key)) problems.push(`${key}: not in English`);
  for (const [key, source] of Object.entries(en)) {
    const text = other[key];
    if (text === undefined) problems.push(`${key}: missing`);
    else if (text.trim() === '') problems.push(`${key}: empty`);
    // Acronyms and formats (CRM, NPS, {count}) read the same in both; words must be translated.
    else if (
      text === source &&
      !sameOnPurpose.includes(key) &&
      /[a-z]{3}/.test(source.replace(/\{\w+\}/g, ''))
    )
      problems.push(`${key}: still in English`);
    else if (placeholders(text) !== placeholders(source)) problems.push(`${key}: placeholders differ`);
  }
  return problems;
}
