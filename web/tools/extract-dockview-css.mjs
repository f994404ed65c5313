// dockview-core ships its stylesheet only inside its UMD bundle (as a string it injects at
// load time). This pulls that string out into src/generated/dockview.css so the bundler
// treats it as an ordinary CSS import. Run by tools/build.mjs (or directly).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function extractDockviewCss() {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('dockview-core/package.json'));
  const umd = readFileSync(join(pkgDir, 'dist', 'dockview-core.js'), 'utf8');
  const marker = 's.textContent = ';
  const line = umd.split('\n').find((l) => l.trimStart().startsWith(marker));
  if (!line) throw new Error('dockview-core: embedded stylesheet not found in dist/dockview-core.js');
  const css = JSON.parse(line.trim().slice(marker.length).replace(/;$/, ''));
  const out = join(here, '..', 'src', 'generated');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'dockview.css'), `/* extracted from dockview-core (MIT) */\n${css}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) extractDockviewCss();
