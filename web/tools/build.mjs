// Builds the page into dist/: esbuild bundles src/main.ts (and the CSS it imports) into
// content-hashed files under dist/assets/, and dist/index.html is index.html pointing at them.
// `--watch` rebuilds on change. The API docs pages' assets (Swagger UI, ReDoc) are copied from
// their npm packages into dist/docs/, so /docs and /redoc never load anything from a CDN. (esbuild, not Vite: Vite's rollup needs per-platform optional
// packages that `npm ci` insists on finding in the lock file.)
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// The files /docs (Swagger UI) and /redoc serve, from the packages' own dist folders.
const DOCS_ASSETS = [
  ['swagger-ui-dist', 'swagger-ui-bundle.js'],
  ['swagger-ui-dist', 'swagger-ui.css'],
  ['swagger-ui-dist', 'favicon-32x32.png'],
  ['redoc', 'bundles/redoc.standalone.js'],
];

// ReDoc's sidebar footer shows a logo from its CDN; an empty src makes its own onError hide it.
const CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

function copyDocsAssets() {
  const out = join(dist, 'docs');
  mkdirSync(out, { recursive: true });
  for (const [pkg, file] of DOCS_ASSETS) {
    const name = file.split('/').pop();
    const from = join(root, 'node_modules', pkg, file);
    if (name === 'redoc.standalone.js') {
      const js = readFileSync(from, 'utf8');
      if (!js.includes(CDN_LOGO)) throw new Error(`${file} no longer has ${CDN_LOGO}: check what it loads`);
      writeFileSync(join(out, name), js.split(CDN_LOGO).join(''));
    } else {
      copyFileSync(from, join(out, name));
    }
  }
}

extractDockviewCss();
genBrowserTools();
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'assets'), { recursive: true });
copyDocsAssets();

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
