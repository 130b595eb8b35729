// The compiled API keeps `@salesops/<lib>` imports; map them to the compiled libs beside this file
// (dist/apps/api/libs/<lib>/src/index.js). Imported first by every entry point.
import Module from 'node:module';
import { join } from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;
const distRoot = join(__dirname, '..', '..', '..');

moduleWithResolve._resolveFilename = function resolveAlias(request: string, ...rest: unknown[]): string {
  if (request.startsWith('@salesops/')) {
    return original.call(
      this,
      join(distRoot, 'libs', request.slice('@salesops/'.length), 'src', 'index.js'),
      ...rest,
    );
  }
  return original.call(this, request, ...rest);
};
