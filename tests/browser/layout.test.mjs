// Layout in a real browser, driven by dash from the console pane: open/close panes, split in
// every direction, move, resize, float/dock, maximize/restore, and workspaces (create, switch,
// rename) surviving a reload. Assertions are on the real DOM and bounding boxes.
//
// Run: node --test tests/browser/   (needs target/release/horrible or HORRIBLE_BIN, web/dist,
// web/node_modules and /usr/bin/chromium; see tests/browser/setup.sh)

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ACTIVE,
  closeSession,
  openSession,
  paneBox,
  py,
  runCell,
  screenshot,
  waitConnected,
  waitConsoleReady,
} from './helpers.mjs';

const SLACK = 3; // px of borders / sashes between neighbours

describe('layout driven by dash', () => {
  let host;
  let browser;
  let page;

  let session;
  before(async () => {
    session = await openSession();
    ({ host, browser, page } = session);
  });
  after(() => closeSession(session));

  const visible = (sel) => page.locator(`${ACTIVE} ${sel}`);
  const openInstances = async (paneId) =>
    (await py(page, 'dash.panes.open_list()')).panes.filter((p) => p.id === paneId).map((p) => p.instanceId);

  it('serves the dashboard with a console in the first workspace', async () => {
    await assert.doesNotReject(visible('[data-pane-id="repl.console"][data-instance-id="repl.console#1"]').waitFor());
    assert.equal(await page.locator('[data-testid="workspace-tab"]').count(), 1);
    const cell = await runCell(page, 'print("hello from the console")\n6 * 7');
    assert.equal(cell.state, 'ok');
    assert.equal(cell.output, 'hello from the console\n');
    assert.equal(cell.result, '42');
    await screenshot(page, 'layout-initial');
  });

  it('lists available and open panes', async () => {
    const available = await py(page, 'dash.panes.available()');
    const ids = available.panels.map((p) => p.id);
    for (const id of ['repl.console', 'settings.home', 'observability.io', 'plugins.list', 'tools.list', 'editor.buffer', 'scratch.note']) {
      assert.ok(ids.includes(id), `${id} in available panes`);
    }
    assert.deepEqual(available.widgets, []);
    const open = await py(page, 'dash.panes.open_list()');
    const consolePane = open.panes.find((p) => p.instanceId === 'repl.console#1');
    assert.ok(consolePane, 'console is open');
    assert.equal(consolePane.id, 'repl.console');
    assert.equal(typeof consolePane.title, 'string');
    assert.equal(typeof consolePane.hasContext, 'boolean');
  });

  it('opens and closes panes', async () => {
    assert.equal(await visible('[data-pane-id="settings.home"]').count(), 0);
    assert.deepEqual(await py(page, 'dash.panes.open("settings.home")'), { ok: true, opened: 'settings.home' });
    await visible('[data-pane-id="settings.home"]').waitFor();
    // The console stays in view: new panes do not land on top of it.
    await visible('[data-pane-id="repl.console"] [data-testid="console-input"]').waitFor();
    assert.deepEqual(await py(page, 'dash.panes.close("settings.home")'), { closed: true });
    await visible('[data-pane-id="settings.home"]').waitFor({ state: 'detached' });
    assert.deepEqual(await py(page, 'dash.panes.close("settings.home")'), { closed: false });
    // Unknown ids are a no-op that still reports ok.
    const before = (await py(page, 'dash.panes.open_list()')).panes.length;
    assert.deepEqual(await py(page, 'dash.panes.open("no.such.pane")'), { ok: true, opened: 'no.such.pane' });
    assert.equal((await py(page, 'dash.panes.open_list()')).panes.length, before);
  });

  it('allows several scratch notes and closes the most recent one', async () => {
    await py(page, 'dash.panes.open("scratch.note")');
    await py(page, 'dash.panes.open("scratch.note")');
    const notes = await openInstances('scratch.note');
    assert.equal(notes.length, 2);
    assert.notEqual(notes[0], notes[1]);
    assert.deepEqual(await py(page, 'dash.panes.close("scratch.note")'), { closed: true });
    assert.deepEqual(await openInstances('scratch.note'), [notes[0]]);
    await py(page, 'dash.panes.close("scratch.note")');
    assert.equal(await page.locator('[data-pane-id="scratch.note"]').count(), 0);
  });

  it('splits a pane in each direction', async () => {
    await py(page, 'dash.panes.open("editor.buffer")');
    const [editor] = await openInstances('editor.buffer');
    assert.ok(editor);
    const cases = [
      ['right', (o, n) => n.x >= o.x + o.width - SLACK],
      ['left', (o, n) => n.x + n.width <= o.x + SLACK],
      ['below', (o, n) => n.y >= o.y + o.height - SLACK],
      ['above', (o, n) => n.y + n.height <= o.y + SLACK],
      ['down', (o, n) => n.y >= o.y + o.height - SLACK],
      ['up', (o, n) => n.y + n.height <= o.y + SLACK],
      ['vertical', (o, n) => n.x >= o.x + o.width - SLACK],
      ['horizontal', (o, n) => n.y >= o.y + o.height - SLACK],
    ];
    for (const [direction, check] of cases) {
      const res = await py(page, `dash.layout.split(${JSON.stringify(editor)}, ${JSON.stringify(direction)}, "scratch.note")`);
      assert.equal(res.ok, true, `split ${direction}: ${JSON.stringify(res)}`);
      assert.match(res.newInstanceId, /^scratch\.note#\d+$/);
      const oldBox = await paneBox(page, editor);
      const newBox = await paneBox(page, res.newInstanceId);
      assert.ok(check(oldBox, newBox), `split ${direction}: editor ${JSON.stringify(oldBox)} new ${JSON.stringify(newBox)}`);
      if (direction === 'right') await screenshot(page, 'layout-split-right');
      assert.deepEqual(await py(page, 'dash.panes.close("scratch.note")'), { closed: true });
      await page.locator(`[data-instance-id="${res.newInstanceId}"]`).waitFor({ state: 'detached' });
    }
    // Without a pane id the split duplicates the pane.
    const dup = await py(page, `dash.layout.split(${JSON.stringify(editor)}, "below")`);
    assert.match(dup.newInstanceId, /^editor\.buffer#\d+$/);
    await visible(`[data-instance-id="${dup.newInstanceId}"]`).waitFor();
    await py(page, `dash.panes.close("editor.buffer")`);
    await page.locator(`[data-instance-id="${dup.newInstanceId}"]`).waitFor({ state: 'detached' });
  });

  it('reports errors as values', async () => {
    assert.deepEqual(await py(page, 'dash.call("no_such_tool")'), { error: 'unknown tool: no_such_tool' });
    const bad = await py(page, 'dash.layout.split("nope#42", "right")');
    assert.equal(typeof bad.error, 'string');
    const badDir = await py(page, 'dash.layout.split("repl.console#1", "sideways")');
    assert.equal(typeof badDir.error, 'string');
    const ctx = await py(page, 'dash.context("nope#1")');
    assert.equal(typeof ctx.error, 'string');
    assert.deepEqual(await py(page, 'dash.panes.group("repl.console")'), { groupId: null });
  });

  it('moves and resizes panes', async () => {
    const [editor] = await openInstances('editor.buffer');
    assert.deepEqual(await py(page, `dash.layout.move(${JSON.stringify(editor)}, "repl.console#1", "left")`), { ok: true });
    let ed = await paneBox(page, editor);
    let con = await paneBox(page, 'repl.console#1');
    assert.ok(ed.x + ed.width <= con.x + SLACK, `editor left of console: ${JSON.stringify({ ed, con })}`);
    assert.deepEqual(await py(page, `dash.layout.move(${JSON.stringify(editor)}, "repl.console#1", "below")`), { ok: true });
    ed = await paneBox(page, editor);
    con = await paneBox(page, 'repl.console#1');
    assert.ok(ed.y >= con.y + con.height - SLACK, `editor below console: ${JSON.stringify({ ed, con })}`);
    // "within" joins the reference's group as a tab (the plugins group, so the console stays in view).
    assert.deepEqual(await py(page, `dash.layout.move(${JSON.stringify(editor)}, "plugins.list#1", "within")`), { ok: true });
    await page.waitForFunction(
      ({ a, b }) => {
        const ea = document.querySelector(`[data-instance-id="${a}"]`);
        const eb = document.querySelector(`[data-instance-id="${b}"]`);
        return !!ea && !eb;
      },
      { a: editor, b: 'plugins.list#1' },
    );
    // Back to its own column on the right, then resize the console's column.
    assert.deepEqual(await py(page, `dash.layout.move(${JSON.stringify(editor)}, "repl.console#1", "right")`), { ok: true });
    assert.deepEqual(await py(page, 'dash.layout.resize("repl.console#1", width=520)'), { ok: true });
    await page.waitForTimeout(100);
    con = await paneBox(page, 'repl.console#1');
    assert.ok(Math.abs(con.width - 520) <= 8, `console width ~520: ${con.width}`);
  });

  it('floats and docks a pane', async () => {
    const [editor] = await openInstances('editor.buffer');
    const inFloating = () =>
      page.evaluate((id) => !!document.querySelector(`[data-instance-id="${id}"]`)?.closest('.dv-resize-container'), editor);
    assert.equal(await inFloating(), false);
    assert.deepEqual(await py(page, `dash.layout.float(${JSON.stringify(editor)})`), { ok: true });
    await page.waitForFunction((id) => !!document.querySelector(`[data-instance-id="${id}"]`)?.closest('.dv-resize-container'), editor);
    const floating = await paneBox(page, editor);
    const consoleBox = await paneBox(page, 'repl.console#1');
    assert.ok(floating.width > 100 && floating.height > 100);
    // A floating pane overlaps the grid instead of taking space in it.
    const overlaps = !(floating.x >= consoleBox.x + consoleBox.width || floating.x + floating.width <= consoleBox.x);
    assert.ok(overlaps || floating.width < consoleBox.width, 'floating window sits over the grid');
    await screenshot(page, 'layout-floating');
    assert.deepEqual(await py(page, `dash.layout.dock(${JSON.stringify(editor)})`), { ok: true });
    await page.waitForFunction((id) => !document.querySelector(`[data-instance-id="${id}"]`)?.closest('.dv-resize-container'), editor);
    assert.equal(await page.locator('.dv-resize-container').count(), 0);
    await paneBox(page, editor);
  });

  it('maximizes and restores a pane', async () => {
    const [editor] = await openInstances('editor.buffer');
    const grid = await page.locator(`${ACTIVE}`).boundingBox();
    // Maximize the console itself, so the console stays usable for the restore.
    assert.deepEqual(await py(page, 'dash.layout.maximize("repl.console#1")'), { ok: true });
    await page.locator(`[data-instance-id="${editor}"]`).waitFor({ state: 'hidden' });
    const max = await paneBox(page, 'repl.console#1');
    assert.ok(max.width >= grid.width - 4, `maximized fills width: ${max.width} vs ${grid.width}`);
    assert.ok(max.height >= grid.height - 80, `maximized fills height: ${max.height} vs ${grid.height}`);
    await screenshot(page, 'layout-maximized');
    assert.deepEqual(await py(page, 'dash.layout.restore("repl.console#1")'), { ok: true });
    await visible(`[data-instance-id="${editor}"]`).waitFor();
    const restored = await paneBox(page, 'repl.console#1');
    assert.ok(restored.width < max.width - 50);
    // Maximizing another pane hides the console; the group's own button restores it.
    assert.deepEqual(await py(page, `dash.layout.maximize(${JSON.stringify(editor)})`), { ok: true });
    await page.locator('[data-instance-id="repl.console#1"]').waitFor({ state: 'hidden' });
    await visible('[data-testid="group-maximize"][aria-label="Restore"]').first().click();
    await visible('[data-instance-id="repl.console#1"]').waitFor();
  });

  it('creates, switches and renames workspaces, and a reload restores them', async () => {
    const editor = (await openInstances('editor.buffer'))[0];
    const mainLayout = { editor: await paneBox(page, editor), console: await paneBox(page, 'repl.console#1') };
    const list = await py(page, 'dash.workspaces.list()');
    assert.equal(list.workspaces.length, 1);
    const mainId = list.active;
    assert.ok(mainId);

    // create switches to the new, empty workspace; the console that ran it is now hidden.
    const created = await runCell(page, 'import json\nws = dash.workspaces.create("Debugging")\nprint(json.dumps(ws))');
    assert.equal(created.state, "ok", JSON.stringify(created));
    const ws = JSON.parse(created.output.trim());
    assert.equal(ws.name, 'Debugging');
    assert.ok(ws.id && ws.id !== mainId);
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${ws.id}"][data-active="true"]`).waitFor();
    await page.locator(`${ACTIVE}[data-workspace-id="${ws.id}"] [data-testid="workspace-empty"]`).waitFor();
    assert.equal(await page.locator('[data-pane-id="repl.console"]:visible').count(), 0);

    // Open a pane from the empty workspace's own buttons.
    await page.locator(`${ACTIVE} [data-open-pane="scratch.note"]`).click();
    await visible('[data-pane-id="scratch.note"]').waitFor();
    await visible('[data-testid="scratch-textarea"]').fill('notes in the debugging workspace');

    // Switch back with a click on the tab.
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${mainId}"]`).click();
    await visible('[data-pane-id="repl.console"]').waitFor();
    assert.equal(await visible('[data-pane-id="scratch.note"]').count(), 0);

    // Rename the Debugging workspace by double-clicking its tab.
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${ws.id}"]`).dblclick();
    const input = page.locator('[data-testid="workspace-rename-input"]');
    await input.fill('Investigation');
    await input.press('Enter');
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${ws.id}"] [data-testid="workspace-tab-name"]`).filter({ hasText: 'Investigation' }).waitFor();
    // Double-click also switched to it; come back to the console's workspace by its tab.
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${mainId}"]`).click();
    await visible('[data-pane-id="repl.console"]').waitFor();
    // switch_workspace by id and list_workspaces see the new name.
    assert.deepEqual(await py(page, `dash.workspaces.switch(${JSON.stringify(mainId)})`), { ok: true, switched: mainId });
    const after = await py(page, 'dash.workspaces.list()');
    assert.deepEqual(after.workspaces.map((w) => w.name).sort(), ['Investigation', list.workspaces[0].name].sort());

    // Saved through PUT /api/workspaces/{id}; wait for the debounced save, then reload.
    await page.waitForTimeout(800);
    const saved = await page.evaluate(async () => (await fetch('/api/workspaces')).json());
    assert.equal(saved.active, mainId);
    assert.equal(saved.workspaces.length, 2);
    const savedDebug = saved.workspaces.find((w) => w.id === ws.id);
    assert.equal(savedDebug.name, 'Investigation');
    assert.ok(savedDebug.layout && typeof savedDebug.layout === 'object');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitConnected(page);
    await waitConsoleReady(page);
    assert.equal(await page.locator('[data-testid="workspace-tab"]').count(), 2);
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${mainId}"][data-active="true"]`).waitFor();
    const reEditor = await paneBox(page, editor);
    const reConsole = await paneBox(page, 'repl.console#1');
    assert.ok(reEditor.x >= reConsole.x + reConsole.width - SLACK, 'editor still right of the console after reload');
    assert.ok(Math.abs(reConsole.width - mainLayout.console.width) <= 8, `console width kept: ${reConsole.width} vs ${mainLayout.console.width}`);

    // The other workspace comes back with its pane and the note's text.
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${ws.id}"]`).click();
    await visible('[data-testid="scratch-textarea"]').waitFor();
    assert.equal(await visible('[data-testid="scratch-textarea"]').inputValue(), 'notes in the debugging workspace');
    await page.locator(`[data-testid="workspace-tab"][data-workspace-id="${mainId}"]`).click();
    await visible('[data-pane-id="repl.console"]').waitFor();
  });

  it('creates a workspace from the + button', async () => {
    const count = await page.locator('[data-testid="workspace-tab"]').count();
    await page.locator('[data-testid="workspace-new"]').click();
    const input = page.locator('[data-testid="workspace-rename-input"]');
    await input.fill('Scratchpad');
    await input.press('Enter');
    await page.locator('[data-testid="workspace-tab"][data-active="true"] [data-testid="workspace-tab-name"]').filter({ hasText: 'Scratchpad' }).waitFor();
    assert.equal(await page.locator('[data-testid="workspace-tab"]').count(), count + 1);
    await page.locator('[data-testid="workspace-tab"]').first().click();
    await visible('[data-pane-id="repl.console"]').waitFor();
  });
});
