import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Each area registers only its own texts (and the common ones are always there), so a page that shows
 * another area's key would print the bare key. The compiler checks the areas' TypeScript (each lib sees the
 * common keys and its own); this reads their templates, and the shell's code, for the same rule.
 */
const PORTAL = join(__dirname, '../../../../libs/portal');
const APP = join(__dirname, '..');
const AREAS = ['org', 'performance', 'pipeline', 'forecasting', 'compensation', 'tools'];
// Strings that look like keys but are not shown as texts: the audit page's action codes.
const NOT_TEXTS: Readonly<Record<string, readonly string[]>> = { org: ['survey.publish', 'survey.close'] };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\]i18n[/\\](en|ko)\.ts$/.test(file));
}

function keysOf(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/^ {2}'([\w.-]+)':/gm)].map((match) => match[1]));
}

/** The quoted strings of a lib's code and templates, and the `prefix.${…}` keys it builds. */
function used(dir: string): { literals: Set<string>; prefixes: Set<string> } {
  const text = filesUnder(dir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return {
    literals: new Set([...text.matchAll(/['"]([\w-]+(?:\.[\w-]+)+)['"]/g)].map((match) => match[1])),
    prefixes: new Set([...text.matchAll(/`([\w-]+(?:\.[\w-]+)*\.)\$\{/g)].map((match) => match[1])),
  };
}

const common = keysOf(join(PORTAL, 'i18n/src/lib/en.ts'));
const areaKeys = new Map(AREAS.map((area) => [area, keysOf(join(PORTAL, area, 'src/lib/i18n/en.ts'))]));

/** Keys of other areas that `dir` shows, literally or by a prefix only they have. */
function foreignKeys(dir: string, own: ReadonlySet<string>, notTexts: readonly string[] = []): string[] {
  const { literals, prefixes } = used(dir);
  const foreign: string[] = [];
  for (const [area, keys] of areaKeys) {
    if (keys === own) continue;
    for (const key of keys) if (literals.has(key) && !notTexts.includes(key)) foreign.push(`${area}: ${key}`);
    for (const prefix of prefixes) {
      const theirs = [...keys].some((key) => key.startsWith(prefix));
      const ours = [...own, ...common].some((key) => key.startsWith(prefix));
      if (theirs && !ours) foreign.push(`${area}: ${prefix}\${…}`);
    }
  }
  return foreign;
}

describe('area texts', () => {
  it('should define every key once, in the common texts or in one area', () => {
    const all = [common, ...areaKeys.values()].flatMap((keys) => [...keys]);
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
    expect(all.length).toBeGreaterThan(1500);
  });

  it.each(AREAS)('should show only its own and the common texts in the %s area', (area) => {
    const own = areaKeys.get(area) ?? new Set<string>();
    expect(foreignKeys(join(PORTAL, area, 'src'), own, NOT_TEXTS[area])).toEqual([]);
  });

  it.each([
    ['the shell', APP],
    ['data-access', join(PORTAL, 'data-access/src')],
    ['the ui library', join(PORTAL, 'ui/src')],
  ])('should show only the common texts in %s, which no area registers for', (_, dir) => {
    expect(foreignKeys(dir, new Set())).toEqual([]);
  });
});
