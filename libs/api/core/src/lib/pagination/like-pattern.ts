/** A LIKE pattern matching the text anywhere, with its wildcards escaped: "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
