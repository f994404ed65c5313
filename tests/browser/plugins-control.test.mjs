// Plugin control from the dashboard (issue 12): the Plugins pane's Disable/Enable/Reload buttons
// and what follows them everywhere (the plugin's card, its tools in the Tools pane, its routes),
// the dependents confirmation, a failed reload on the card, the toast of every change, buttons
// hidden on a --locked host; and dev mode (`serve --reload`): editing a plugin file reloads it,
// with a toast and the new answer, while the console's REPL namespace lives on.
//
// The plugins are written into a temporary directory (module names `bc_*`) and edited there.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ACTIVE, closeSession, openSession, runCell, screenshot } from './helpers.mjs';

const TOGGLE = ({ version = '1.0.0', extraRoute = false, setupRaises = false } = {}) => `\
from fastapi import APIRouter
from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

VERSION = "${version}"
router = APIRouter()


@router.get("")
def answer() -> dict[str, str]:
    return {"version": VERSION}
${extraRoute ? '\n\n@router.get("/extra")\ndef extra() -> dict[str, bool]:\n    return {"extra": True}\n' : ''}

class Facade:
    """The bc-toggle plugin."""

    def version(self) -> str:
        return VERSION


class Toggle(BackendPlugin):
    manifest = PluginManifest(id="bc-toggle", name="Toggle", version=VERSION)

    def setup(self, host: PluginHost) -> None:
${setupRaises ? '        raise ValueError("boom")\n' : ''}        host.add_router(router)
        host.add_agent_tool(AgentTool(name="bc.echo", description="Echo.", handler=lambda args: args))
        host.add_dash_facade("bc", Facade)


PLUGIN = Toggle()
`;

const DEP = `\
from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Dep(BackendPlugin):
    manifest = PluginManifest(id="bc-dep", name="Dependent", version="1.0.0", requires=["bc-toggle"])

    def setup(self, host: PluginHost) -> None:
        host.add_dash_facade("bc_dep", object)


PLUGIN = Dep()
`;

function pluginsDir() {
  const dir = mkdtempSync(join(tmpdir(), 'horrible-bc-'));
  writeToggle(dir);
  writeFileSync(join(dir, 'bc_dep.py'), DEP);
  return dir;
}

function writeToggle(dir, opts) {
  mkdirSync(join(dir, 'bc_toggle'), { recursive: true });
  writeFileSync(join(dir, 'bc_toggle', '__init__.py'), TOGGLE(opts));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns something truthy (fails after `timeout` ms). */
async function until(fn, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeout} ms (last: ${JSON.stringify(last)})`);
}

async function status(url) {
  return (await fetch(url)).status;
}

const visible = (page, sel) => page.locator(`${ACTIVE} ${sel}`);

async function showTab(page, title) {
  await visible(page, '.dv-tab').filter({ hasText: title }).click();
}

/** The plugin-change toast whose text matches `re`. */
async function toastMatching(page, re) {
  const toast = page.locator('[data-testid="plugin-toast"]').filter({ hasText: re });
  await toast.first().waitFor({ timeout: 20_000 });
  return (await toast.first().textContent()) ?? '';
}

describe('plugin control in the Plugins pane', () => {
  let session;
  let page;
  let host;
  let dir;

  before(async () => {
    dir = pluginsDir();
    session = await openSession({ pluginDirs: [dir] });
    ({ page, host } = session);
    page.on('dialog', (d) => void d.accept()); // the dependents confirmation (asserted below)
  });
  after(async () => {
    await closeSession(session);
    rmSync(dir, { recursive: true, force: true });
  });

  it('disable with dependents asks, naming them; everything of the plugin goes and comes back', async () => {
    const route = `${host.url}/api/plugins/bc-toggle`;
    await showTab(page, 'Tools');
    await visible(page, '[data-testid="tool-row"][data-tool-name="bc.echo"]').waitFor();
    await showTab(page, 'Plugins');
    const card = visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-toggle"]');
    await card.waitFor();
    assert.match(await card.textContent(), /dash\.bc/);
    assert.equal(await status(route), 200);
    assert.equal((await runCell(page, 'kept = 41')).state, 'ok');

    const asked = new Promise((r) => page.once('dialog', (d) => r(d.message())));
    await card.locator('[data-testid="plugin-disable"]').click();
    assert.match(await asked, /bc-dep/);
    await visible(page, '[data-testid="plugin-disabled"][data-plugin-id="bc-toggle"]').waitFor();
    await visible(page, '[data-testid="plugin-disabled"][data-plugin-id="bc-dep"]').waitFor();
    await card.waitFor({ state: 'detached' });
    assert.match(await toastMatching(page, /^bc-toggle 1\.0\.0 disabled/), /-1 route/);
    await until(async () => (await status(route)) === 404, 'the route is gone');
    await showTab(page, 'Tools');
    await visible(page, '[data-testid="tool-row"][data-tool-name="bc.echo"]').waitFor({ state: 'detached' });
    await screenshot(page, 'plugins-control-disabled');

    await showTab(page, 'Plugins');
    await visible(page, '[data-testid="plugin-disabled"][data-plugin-id="bc-toggle"] [data-testid="plugin-enable"]').click();
    await card.waitFor();
    await visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-dep"]').waitFor();
    await toastMatching(page, /^bc-toggle 1\.0\.0 enabled/);
    await until(async () => (await status(route)) === 200, 'the route is back');
    await showTab(page, 'Tools');
    await visible(page, '[data-testid="tool-row"][data-tool-name="bc.echo"]').waitFor();
    await showTab(page, 'Plugins');
    assert.equal((await runCell(page, 'kept + 1')).result, '42', 'the REPL namespace is still there');
  });

  it('Reload: a failing new version leaves the old one serving and shows the error on the card', async () => {
    writeToggle(dir, { version: '2.0.0', setupRaises: true });
    const card = visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-toggle"]');
    await card.locator('[data-testid="plugin-reload"]').click();
    assert.equal(await toastMatching(page, /^bc-toggle reload failed/), 'bc-toggle reload failed: ValueError: boom');
    const failure = card.locator('[data-testid="plugin-last-error"]');
    await failure.waitFor();
    assert.match(await failure.textContent(), /at setup: ValueError: boom/);
    const tb = failure.locator('[data-testid="plugin-traceback"]');
    assert.equal(await tb.isVisible(), false, 'the traceback starts collapsed');
    await failure.locator('summary').click();
    assert.match(await tb.textContent(), /Traceback \(most recent call last\)[\s\S]*ValueError: boom/);
    assert.equal(await card.getAttribute('data-version'), '1.0.0');
    assert.deepEqual(await (await fetch(`${host.url}/api/plugins/bc-toggle`)).json(), { version: '1.0.0' });
    await screenshot(page, 'plugins-control-failed-reload');

    writeToggle(dir, { version: '1.1.0', extraRoute: true });
    await card.locator('[data-testid="plugin-reload"]').click();
    assert.match(await toastMatching(page, /^bc-toggle 1\.1\.0 reloaded/), /^bc-toggle 1\.1\.0 reloaded in \d+ ms \(\+1 route\)$/);
    await visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-toggle"][data-version="1.1.0"]').waitFor();
    await card.locator('[data-testid="plugin-last-error"]').waitFor({ state: 'detached' });
    assert.equal(await status(`${host.url}/api/plugins/bc-toggle/extra`), 200);
  });
});

describe('a --locked host', () => {
  let session;
  let dir;

  before(async () => {
    dir = pluginsDir();
    session = await openSession({ pluginDirs: [dir], extraArgs: ['--locked'] });
  });
  after(async () => {
    await closeSession(session);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the plugins without control buttons', async () => {
    const { page } = session;
    await showTab(page, 'Plugins');
    await visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-toggle"]').waitFor();
    assert.match(await visible(page, '[data-testid="plugins-summary"]').textContent(), /locked/);
    for (const button of ['plugin-reload', 'plugin-disable', 'plugin-enable']) {
      assert.equal(await visible(page, `[data-testid="${button}"]`).count(), 0, button);
    }
    assert.equal(await visible(page, '[data-testid="plugins-rescan"]').isVisible(), false);
  });
});

describe('dev mode (serve --reload)', () => {
  let session;
  let dir;

  before(async () => {
    dir = pluginsDir();
    session = await openSession({ pluginDirs: [dir], extraArgs: ['--reload'] });
  });
  after(async () => {
    await closeSession(session);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an edited plugin file is reloaded: a toast, the new answer, the REPL namespace kept', async () => {
    const { page, host } = session;
    assert.equal((await runCell(page, 'kept = 41')).state, 'ok');
    assert.deepEqual(await (await fetch(`${host.url}/api/plugins/bc-toggle`)).json(), { version: '1.0.0' });
    await sleep(300); // the watcher is armed once the host answers; leave the first save its own event
    writeToggle(dir, { version: '1.1.0', extraRoute: true });
    assert.match(await toastMatching(page, /^bc-toggle 1\.1\.0 reloaded/), /^bc-toggle 1\.1\.0 reloaded in \d+ ms \(\+1 route\)$/);
    assert.deepEqual(await (await fetch(`${host.url}/api/plugins/bc-toggle`)).json(), { version: '1.1.0' });
    assert.equal(await status(`${host.url}/api/plugins/bc-toggle/extra`), 200);
    assert.equal((await runCell(page, 'kept + 1')).result, '42');
    await showTab(page, 'Plugins');
    await visible(page, '[data-testid="plugin-card"][data-plugin-id="bc-toggle"][data-version="1.1.0"]').waitFor();
    assert.match(await visible(page, '[data-testid="plugins-summary"]').textContent(), /dev mode/);
    await screenshot(page, 'plugins-control-dev-mode');
  });
});
