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

interface Compressed {
  type: string;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Sends the portal's scripts and styles compressed (brotli, else gzip) to a browser that accepts it; the
 * static handler after it sends everything else, and these files to a client that accepts neither. Each file
 * is compressed once, on its first request, and kept: the build's file names change with their content
 * (outputHashing), so a kept copy is never stale. A path that is not a file under `root` is left to the
 * static handler (nothing is kept for it, so probing names cannot grow the cache).
 */
export function compressedAssets(root: string, maxAgeSeconds: number) {
  const base = resolve(root);
  const kept = new Map<string, Compressed>();
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
    let found = kept.get(file);
    if (!found) {
      const body = readIfFile(file);
      if (!body) return next();
      found = {
        type,
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
        gzip: gzipSync(body, { level: 9 }),
      };
      kept.set(file, found);
    }
    const sent = found[encoding];
    res.setHeader('Content-Type', found.type);
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
