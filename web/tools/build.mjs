// Builds the page into dist/: esbuild bundles src/main.ts (and the CSS it imports) into
// content-hashed files under dist/assets/, and dist/index.html is index.html pointing at them.
// `--watch` rebuilds on change. (esbuild, not Vite: Vite's rollup needs per-platform optional
// packages that `npm ci` insists on finding in the lock file.)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { extractDockviewCss } from './extract-dockview-css.mjs';
import { genBrowserTools } from './gen-browser-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');

function writeIndex(metafile) {
  const outputs = Object.entries(metafile.outputs);
  const [jsPath, js] = outputs.find(([, o]) => o.entryPoint === 'src/main.ts');
  const css = js.cssBundle;
  const url = (p) => `/${relative(dist, join(root, p)).split('\\').join('/')}`;
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const marker = '<script type="module" src="/src/main.ts"></script>';
  if (!html.includes(marker)) throw new Error(`index.html lacks ${marker}`);
  const out = html
    .replace('</head>', css ? `  <link rel="stylesheet" href="${url(css)}" />\n  </head>` : '</head>')
    .replace(marker, `<script type="module" src="${url(jsPath)}"></script>`);
  writeFileSync(join(dist, 'index.html'), out);
}

extractDockviewCss();
genBrowserTools();
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });

const options = {
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: !watch,
  sourcemap: watch ? 'linked' : false,
  outdir: 'dist/assets',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'eof',
  logLevel: 'info',
};

if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [{ name: 'index-html', setup: (b) => b.onEnd((r) => r.metafile && writeIndex(r.metafile)) }],
  });
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  writeIndex(result.metafile);
}
