// The panes in a real browser: the console (streams, tracebacks, multi-line cells, history,
// interrupt), editor.buffer's context read back through dash, a plugin facade's result, live
// IoEvents in observability.io with filters, plugins.list, tools.list and settings.home.
// Ends with the full-dashboard screenshot (tests/browser/out/dashboard.png).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACTIVE, closeSession, openSession, paneBox, py, runCell, screenshot } from './helpers.mjs';

describe('panes', () => {
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
  const consoleInput = () => visible('[data-pane-id="repl.console"] [data-testid="console-input"]');
  const lastCell = () => visible('[data-pane-id="repl.console"] [data-testid="console-cell"]').last();
  const waitLastCellDone = () =>
    page.waitForFunction(() => {
      const cells = document.querySelectorAll('[data-testid="workspace-view"][data-active="true"] [data-testid="console-cell"]');
      const last = cells[cells.length - 1];
      return last && last.dataset.state !== 'running';
    });

  it('shows a traceback for an exception and the repr of the last expression', async () => {
    const ok = await runCell(page, 'x = [1, 2, 3]\nx + [4]');
    assert.equal(ok.result, '[1, 2, 3, 4]');
    const err = await runCell(page, '1 / 0');
    assert.equal(err.state, 'error');
    assert.match(err.error, /ZeroDivisionError/);
    assert.match(err.error, /Traceback/);
    const syntax = await runCell(page, 'def (');
    assert.equal(syntax.state, 'error');
    assert.match(syntax.error, /SyntaxError/);
  });

  it('runs a multi-line cell typed with Enter, and recalls it from history', async () => {
    const input = consoleInput();
    await input.click();
    await input.fill('');
    // Enter after a colon continues the block (auto-indented); an empty line ends it.
    await page.keyboard.type('for i in range(3):');
    await page.keyboard.press('Enter');
    await page.keyboard.type("print('line', i)");
    await page.keyboard.press('Enter');
    assert.equal(await input.inputValue(), "for i in range(3):\n    print('line', i)\n    ");
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter'); // the empty line: run
    await waitLastCellDone();
    const out = await lastCell().locator('[data-testid="cell-output"]').textContent();
    assert.equal(out, 'line 0\nline 1\nline 2\n');
    // Up arrow brings the cell back.
    await input.click();
    await page.keyboard.press('ArrowUp');
    assert.match(await input.inputValue(), /^for i in range\(3\):/);
    await input.fill('');
  });

  it('streams output while a cell runs and interrupts it', async () => {
    const input = consoleInput();
    await input.click();
    await input.fill("import time\nfor n in range(600):\n    print('tick', n, flush=True)\n    time.sleep(0.05)");
    await input.press('Control+Enter');
    const cell = lastCell();
    // Output arrives before the cell is done.
    await cell.locator('[data-testid="cell-output"]').filter({ hasText: 'tick 2' }).waitFor();
    assert.equal(await cell.getAttribute('data-state'), 'running');
    await visible('[data-testid="console-interrupt"]').click();
    await waitLastCellDone();
    assert.equal(await cell.getAttribute('data-state'), 'error');
    assert.match(await cell.locator('[data-testid="cell-error"]').textContent(), /KeyboardInterrupt/);
    // The session survives the interrupt.
    assert.equal((await runCell(page, '"still alive"')).result, "'still alive'");
  });

  it('reads editor.buffer context after typing into it', async () => {
    assert.deepEqual(await py(page, 'dash.panes.open("editor.buffer")'), { ok: true, opened: 'editor.buffer' });
    const textarea = visible('[data-pane-id="editor.buffer"] [data-testid="editor-textarea"]');
    await textarea.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('hello world\nsecond line');
    // Select "second" with the keyboard: Home, then Shift+Right six times.
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    const open = await py(page, 'dash.panes.open_list()');
    const editor = open.panes.find((p) => p.id === 'editor.buffer');
    assert.equal(editor.hasContext, true);
    const ctx = await py(page, `dash.context(${JSON.stringify(editor.instanceId)})`);
    assert.deepEqual(ctx, {
      context: { text: 'hello world\nsecond line', selection: { start: 12, end: 18, text: 'second' } },
    });
    // The same through dash.call, the escape hatch.
    const viaCall = await py(page, `dash.call("get_pane_context", instanceId=${JSON.stringify(editor.instanceId)})`);
    assert.equal(viaCall.context.selection.text, 'second');
  });

  it("shows a plugin facade's result and dash.help()", async () => {
    const pong = await runCell(page, 'dash.ping.pong()');
    assert.equal(pong.state, 'ok');
    assert.equal(pong.result, "'pong'");
    const help = await runCell(page, 'dash.help()');
    assert.match(help.output, /^dash — drive horrible-dashboard from Python\.\n\n/);
    assert.match(help.output, /dash\.ping/);
  });

  it('shows IoEvents live, with filters', async () => {
    const rows = visible('[data-pane-id="observability.io"] [data-testid="io-row"]');
    await visible('[data-pane-id="observability.io"]').waitFor();
    const marker = `/api/settings?marker=${Date.now()}`;
    await page.evaluate((u) => fetch(u), marker);
    // A new inbound row for that request appears without a reload.
    const row = rows.filter({ hasText: '/api/settings' }).and(page.locator('[data-source="inbound"]')).first();
    await row.waitFor();
    // Socket frames are there too (the console's cells).
    await rows.and(page.locator('[data-source="ws"]')).first().waitFor();
    // Filter to WebSocket only.
    await visible('[data-testid="io-filter-source"]').selectOption('ws');
    await page.waitForFunction(() => {
      const r = document.querySelectorAll('[data-testid="workspace-view"][data-active="true"] [data-testid="io-row"]');
      return r.length > 0 && [...r].every((x) => x.dataset.source === 'ws');
    });
    // Text filter narrows it further; then clear both.
    await visible('[data-testid="io-filter-source"]').selectOption('');
    await visible('[data-testid="io-filter-text"]').fill('/api/settings');
    await page.waitForFunction(() => {
      const r = document.querySelectorAll('[data-testid="workspace-view"][data-active="true"] [data-testid="io-row"]');
      return r.length > 0 && [...r].every((x) => x.textContent.includes('/api/settings'));
    });
    // A live event arriving while filtered still shows if it matches.
    const before = await rows.count();
    await page.evaluate(() => fetch('/api/settings'));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="workspace-view"][data-active="true"] [data-testid="io-row"]').length > n,
      before,
    );
    // Clicking a row shows its details.
    await rows.first().click();
    await visible('[data-testid="io-detail"]').waitFor();
    await visible('[data-testid="io-filter-text"]').fill('');
    await rows.first().click();
  });

  it('lists plugins with their capabilities and the tool catalog', async () => {
    const pluginsTab = visible('.dv-tab').filter({ hasText: 'Plugins' });
    await pluginsTab.click();
    const ping = visible('[data-testid="plugin-card"][data-plugin-id="ping"]');
    await ping.waitFor();
    assert.match(await ping.textContent(), /dash\.ping/);
    assert.match(await ping.textContent(), /ping\.echo/);
    await visible('.dv-tab').filter({ hasText: 'Tools' }).click();
    await visible('[data-testid="tool-row"][data-tool-name="ping.echo"]').waitFor();
    await visible('[data-testid="browser-tools"] [data-tool-name="split_pane"]').waitFor();
  });

  it('views and edits settings', async () => {
    await py(page, 'dash.settings.set("ui.greeting", "hi")');
    await py(page, 'dash.panes.open("settings.home")');
    const row = visible('[data-testid="settings-row"][data-key="ui.greeting"]');
    await row.waitFor();
    assert.equal(await row.locator('input').inputValue(), '"hi"');
    // Edit it in the pane: the host gets the new value.
    await row.locator('input').fill('{"a": 1}');
    await row.locator('input').press('Enter');
    await page.waitForFunction(async () => {
      const res = await fetch('/api/settings');
      const body = await res.json();
      return JSON.stringify(body.values['ui.greeting']) === '{"a":1}';
    });
    assert.deepEqual(await py(page, 'dash.settings.get("ui.greeting")'), { a: 1 });
    // Add a new key from the form.
    await visible('[data-testid="settings-new-key"]').fill('ui.count');
    await visible('[data-testid="settings-new-value"]').fill('3');
    await visible('[data-testid="settings-new-value"]').press('Enter');
    await visible('[data-testid="settings-row"][data-key="ui.count"]').waitFor();
    assert.equal(await py(page, 'dash.settings.get("ui.count")'), 3);
    await py(page, 'dash.panes.close("settings.home")');
  });

  it('looks like a product (full-dashboard screenshot)', async () => {
    await runCell(page, 'dash.panes.open("plugins.list")');
    const open = await py(page, 'dash.panes.open_list()');
    const editor = open.panes.find((p) => p.id === 'editor.buffer').instanceId;
    // Editor above the I/O table on the right, plugins beside it.
    await py(page, `dash.layout.move(${JSON.stringify(editor)}, "observability.io#1", "above")`);
    await py(page, 'dash.layout.resize("plugins.list#1", height=300)');
    await py(page, 'dash.layout.resize("observability.io#1", height=300)');
    await visible('[data-pane-id="editor.buffer"] [data-testid="editor-textarea"]').fill(
      [
        '# Cross-pane scripting with dash',
        'panes = dash.panes.open_list()["panes"]',
        'ed = next(p for p in panes if p["id"] == "editor.buffer")',
        'src = dash.context(ed["instanceId"])["context"]["text"]',
        'dash.layout.split(ed["instanceId"], "right", "scratch.note")',
        '',
      ].join('\n'),
    );
    await visible('[data-testid="console-clear"]').click();
    await runCell(page, 'dash.ping.pong()');
    await runCell(page, 'dash.panes.open_list()["panes"][0]');
    await runCell(page, "for name in ('panes', 'layout', 'io'):\n    print(f'dash.{name}:', type(getattr(dash, name)).__name__)");
    await runCell(page, 'len(dash.io.recent(limit=0)) > 0');
    await page.waitForTimeout(400);
    const con = await paneBox(page, 'repl.console#1');
    assert.ok(con.width > 300);
    await screenshot(page, 'dashboard');
  });
});
