import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { explorerScript } from './explorer-script';
import { EXPLORER_STYLE } from './explorer-style';

export const ASSETS_PATH = '/graphiql/assets';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** One file the explorer page may load; read (and gzipped) on first use, then kept in memory. */
export class ExplorerAsset {
  private body: Buffer | null = null;
  private gzipped: Buffer | null = null;

  constructor(
    readonly name: string,
    readonly type: string,
    /** Changes whenever the content does, so the file can be cached for a year. */
    readonly version: string,
    private readonly load: () => Buffer,
  ) {}

  get url(): string {
    return `${ASSETS_PATH}/${this.name}?v=${this.version}`;
  }

  get etag(): string {
    return `"${this.version}"`;
  }

  content(gzip: boolean): Buffer {
    this.body ??= this.load();
    if (!gzip) return this.body;
    // The GraphiQL bundle is 3.5 MB unminified; gzipped once, it travels as about 0.7 MB.
    this.gzipped ??= gzipSync(this.body);
    return this.gzipped;
  }
}

/**
 * The allow-list of files behind /graphiql/assets: GraphiQL and React from node_modules (found through
 * their package.json, so the built API finds them too), and the explorer's own bootstrap and styles.
 * Nothing else in those packages is reachable.
 */
export class ExplorerAssets {
  private readonly byName = new Map<string, ExplorerAsset>();

  readonly graphiqlScript = this.fromPackage('graphiql', 'graphiql.min.js', JS);
  readonly graphiqlStyle = this.fromPackage('graphiql', 'graphiql.min.css', CSS);
  readonly react = this.fromPackage('react', 'umd/react.production.min.js', JS);
  readonly reactDom = this.fromPackage('react-dom', 'umd/react-dom.production.min.js', JS);
  readonly style = this.fromText('explorer.css', CSS, EXPLORER_STYLE);
  // Last: it names the URLs of the files above, in the order they must load.
  readonly script = this.fromText(
    'explorer.js',
    JS,
    explorerScript({
      scripts: [this.react.url, this.reactDom.url, this.graphiqlScript.url],
      styles: [this.graphiqlStyle.url],
    }),
  );

  get(name: string): ExplorerAsset | undefined {
    return this.byName.get(name);
  }

  private fromPackage(pkg: string, file: string, type: string): ExplorerAsset {
    const manifest = require.resolve(`${pkg}/package.json`);
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    const path = join(dirname(manifest), file);
    // At startup, so a broken install fails the boot instead of the first admin who opens the page.
    if (!statSync(path, { throwIfNoEntry: false })?.isFile())
      throw new Error(`The API explorer needs ${path}; reinstall the dependencies`);
    return this.add(
      new ExplorerAsset(file.split('/').pop() as string, type, version, () => readFileSync(path)),
    );
  }

  private fromText(name: string, type: string, text: string): ExplorerAsset {
    const body = Buffer.from(text, 'utf8');
    return this.add(
      new ExplorerAsset(name, type, createHash('sha256').update(body).digest('hex').slice(0, 12), () => body),
    );
  }

  private add(asset: ExplorerAsset): ExplorerAsset {
    this.byName.set(asset.name, asset);
    return asset;
  }
}
