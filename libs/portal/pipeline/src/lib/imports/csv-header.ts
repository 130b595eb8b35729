import { parseCsv } from '@salesops/domain';

// A header row longer than this is not a header; reading more of a large file would only cost memory.
const HEAD_BYTES = 64 * 1024;

/** The column names in the header row of CSV text (the first record; quoted names may hold commas). */
export function headerColumns(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  let quoted = false;
  let end = body.length;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      end = i;
      break;
    }
  }
  const line = body.slice(0, end);
  if (line.trim() === '') return [];
  try {
    return (parseCsv(line)[0] ?? []).map((name) => name.trim()).filter((name) => name !== '');
  } catch {
    // An unclosed quote in the first 64 KB: there is no header to offer.
    return [];
  }
}

/** Reads only the start of the file in the browser, so a large export is never loaded whole. */
export async function readHeader(file: Blob): Promise<string[]> {
  return headerColumns(await file.slice(0, HEAD_BYTES).text());
}
