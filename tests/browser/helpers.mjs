// Shared plumbing for the browser tests: start a host on a free port with a fresh data dir,
// launch headless Chromium (Debian's /usr/bin/chromium) through playwright-core from
// web/node_modules, and drive the console pane like a user (type a cell, wait for it).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const OUT_DIR = join(here, 'out');
export const GATED_PLUGINS = join(here, 'plugins');
const require = createRequire(join(REPO, 'web', 'package.json'));
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hostBinary() {
  return resolve(REPO, process.env.HORRIBLE_BIN || 'target/release/horrible');
}

export async function freePort() {
  return await new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start `horrible serve` (plus `extraArgs`) and wait for GET /api/health → 200.
 * Returns {url, port, dataDir, stop(), restart(), logs()}.
 */
export async function startHost({ pluginDirs = ['examples/backend-plugins'], port, dataDir, extraArgs = [] } = {}) {
  const bin = hostBinary();
  if (!existsSync(bin)) throw new Error(`host binary not found: ${bin} (build it, or set HORRIBLE_BIN)`);
  port ??= await freePort();
  dataDir ??= mkdtempSync(join(tmpdir(), 'horrible-browser-'));
  let output = '';
  let child;
  const launch = async () => {
    const args = ['serve', '--port', String(port)];
    for (const d of pluginDirs) args.push('--plugins-dir', d);
    args.push(...extraArgs);
    child = spawn(bin, args, {
      cwd: REPO,
      env: { ...process.env, HORRIBLE_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    const exited = new Promise((r) => child.once('exit', (code) => r(code)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const code = await Promise.race([exited, sleep(150).then(() => undefined)]);
      if (code !== undefined) throw new Error(`host exited early (code ${code}):\n${output.slice(-4000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) return;
      } catch {
        /* not up yet */
      }
    }
    throw new Error(`host did not become healthy in 60s:\n${output.slice(-4000)}`);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  };
  await launch();
  return {
    port,
    dataDir,
    url: `http://127.0.0.1:${port}`,
    logs: () => output,
    stop,
    async restart() {
      await stop();
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launch headless Chromium with a throwaway profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'horrible-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async newPage() {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (err) => console.error('[page error]', err));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open the dashboard and wait for the socket to be connected and the console to be ready. */
export async function openDashboard(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await waitConnected(page);
  await waitConsoleReady(page);
}

/** A host, a browser and a page showing its dashboard: what most test files start from. */
export async function openSession(hostOptions) {
  const host = await startHost(hostOptions);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await openDashboard(page, host.url);
  return { host, browser, page };
}

export async function closeSession(session) {
  await session?.browser?.close();
  await session?.host?.dispose();
}

export async function waitConnected(page, timeout = 20_000) {
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout });
}

export async function waitConsoleReady(page, timeout = 20_000) {
  await page.waitForSelector(`${ACTIVE} [data-pane-id="repl.console"] [data-testid="console-status"][data-state="idle"]`, { timeout });
}

/** Selector prefix for the visible workspace. */
export const ACTIVE = '[data-testid="workspace-view"][data-active="true"]';

/**
 * Type `code` into the (first visible) console and run it; wait for the cell to finish.
 * Returns {state, output, result, error} with the cell's text parts.
 */
export async function runCell(page, code, { timeout = 40_000, consoleSelector } = {}) {
  const root = consoleSelector ?? `[data-pane-id="repl.console"]`;
  // Pin the console element first: the cell may hide it (maximize another pane, switch workspace).
  const consoleEl = await page.locator(`${root}:visible`).first().elementHandle({ timeout });
  const before = await consoleEl.$$eval('[data-testid="console-cell"]', (els) => els.length);
  const input = await consoleEl.$('[data-testid="console-input"]');
  await input.click();
  await input.fill(code);
  await input.press('Control+Enter');
  const cell = await page.waitForFunction(
    ({ el, n }) => {
      const c = el.querySelectorAll('[data-testid="console-cell"]')[n];
      return c && c.dataset.state !== 'running' ? c : null;
    },
    { el: consoleEl, n: before },
    { timeout },
  );
  return await cell.evaluate((el) => ({
    state: el.dataset.state,
    output: el.querySelector('[data-testid="cell-output"]')?.textContent ?? '',
    result: el.querySelector('[data-testid="cell-result"]')?.textContent ?? null,
    error: el.querySelector('[data-testid="cell-error"]')?.textContent ?? null,
  }));
}

/** Run a Python expression in the console and parse it as JSON (via json.dumps). */
export async function py(page, expr, opts) {
  const cell = await runCell(page, `import json as _j\nprint(_j.dumps(${expr}))`, opts);
  if (cell.state !== 'ok') throw new Error(`cell failed: ${cell.error}\n${cell.output}`);
  const line = cell.output.trim().split('\n').pop();
  return JSON.parse(line);
}

/** Bounding box of the visible pane instance. */
export async function paneBox(page, instanceId) {
  const loc = page.locator(`${ACTIVE} [data-instance-id="${instanceId}"]`);
  await loc.waitFor({ state: 'visible' });
  return await loc.boundingBox();
}

export async function screenshot(page, name) {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
