import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { type NextFunction, type Request, type Response } from 'express';

/** The portal's text files worth compressing, with the type they are sent as. */
const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** How each encoding this sends is made. */
const COMPRESS: Readonly<Record<'br' | 'gzip', (body: Buffer) => Buffer>> = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/**
 * Sends the portal's scripts and styles compressed (brotli, else gzip) to a browser that accepts it; the
 * static handler after it sends everything else, and these files to a client that accepts neither. Each file
 * is compressed once per encoding, on its first request in that encoding, and kept: the build's file names change with their content
 * (outputHashing), so a kept copy is never stale. A path that is not a file under `root` is left to the
 * static handler (nothing is kept for it, so probing names cannot grow the cache).
 */
export function compressedAssets(root: string, maxAgeSeconds: number) {
  const base = resolve(root);
  /** Compressed bodies by encoding and file. */
  const kept = new Map<string, Buffer>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const type = TYPES[extname(req.path).toLowerCase()];
    if (!type) return next();
    // Brotli whenever it is accepted: browsers list it after gzip with the same weight.
    const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : null;
    if (!encoding) return next();
    let file: string;
    try {
      file = resolve(base, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    if (!file.startsWith(base + sep)) return next();
    const key = `${encoding} ${file}`;
    let sent = kept.get(key);
    if (!sent) {
      const body = readIfFile(file);
      if (!body) return next();
      sent = COMPRESS[encoding](body);
      kept.set(key, sent);
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', sent.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    res.end(req.method === 'HEAD' ? undefined : sent);
  };
}

function readIfFile(file: string): Buffer | null {
  try {
    return statSync(file).isFile() ? readFileSync(file) : null;
  } catch {
    return null;
  }
}
