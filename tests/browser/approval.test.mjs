// The agent channel in a real browser: browser tools invoked over HTTP are relayed to the tab
// (`agent` tool_call → the page's executor → tool_result). And the permission gate: a side-effecting tool (the `gated` fixture plugin in
// tests/browser/plugins) invoked over HTTP makes the host send an approval_request to the tab's
// agent channel; the page shows the dialog and the user's click decides the result.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GATED_PLUGINS, launchBrowser, openDashboard, screenshot, startHost } from './helpers.mjs';

describe('approval dialog', () => {
  let host;
  let browser;
  let page;

  before(async () => {
    host = await startHost({ pluginDirs: ['examples/backend-plugins', GATED_PLUGINS] });
    browser = await launchBrowser();
    page = await browser.newPage();
    await openDashboard(page, host.url);
  });

  after(async () => {
    await browser?.close();
    await host?.dispose();
  });

  /** Start the invocation in the page without waiting for it (it waits for the dialog). */
  async function invokeGated(text) {
    await page.evaluate((t) => {
      window.__gatedResult = fetch('/api/agent/tools/gated.write/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ args: { text: t } }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    }, text);
  }
  const result = () => page.evaluate(() => window.__gatedResult);

  const invoke = (name, args) =>
    page.evaluate(
      async ({ name, args }) => {
        const r = await fetch(`/api/agent/tools/${name}/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ args }),
        });
        return { status: r.status, body: await r.json() };
      },
      { name, args },
    );

  it('runs browser tools relayed over the agent channel', async () => {
    const opened = await invoke('open_pane', { id: 'scratch.note' });
    assert.equal(opened.status, 200, JSON.stringify(opened));
    assert.match(JSON.stringify(opened.body), /"opened":"scratch.note"/);
    await page.locator('[data-pane-id="scratch.note"]').waitFor();
    const listed = await invoke('list_open_panes', {});
    assert.match(JSON.stringify(listed.body), /"instanceId":"scratch\.note#1"/);
    const unknown = await invoke('close_pane', { id: 'scratch.note' });
    assert.match(JSON.stringify(unknown.body), /"closed":true/);
    await page.locator('[data-pane-id="scratch.note"]').waitFor({ state: 'detached' });
  });

  it('shows the fixture plugins and the load error of the broken one', async () => {
    await page.locator('.dv-tab').filter({ hasText: 'Plugins' }).click();
    await page.locator('[data-testid="plugin-card"][data-plugin-id="gated"]').waitFor();
    const error = page.locator('[data-testid="plugin-error"]').filter({ hasText: 'broken' });
    await error.waitFor();
    assert.match(await error.textContent(), /RuntimeError: this fixture plugin fails on purpose/);
  });

  it("shows a plugin's warnings on its card", async () => {
    await page.locator('.dv-tab').filter({ hasText: 'Plugins' }).click();
    const warning = page.locator('[data-testid="plugin-card"][data-plugin-id="warned"] [data-testid="plugin-warning"]');
    await warning.waitFor();
    assert.match(await warning.textContent(), /dash facade "panes" not registered: the host's own one is served/);
  });

  it('lists the gated tool as side-effecting', async () => {
    await page.locator('.dv-tab').filter({ hasText: 'Tools' }).click();
    const row = page.locator('[data-testid="tool-row"][data-tool-name="gated.write"]');
    await row.waitFor();
    assert.match(await row.textContent(), /side effect/);
  });

  it('runs the tool after "Allow once"', async () => {
    await invokeGated('hello');
    const dialog = page.locator('[data-testid="approval-dialog"]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('[data-testid="approval-tool"]').textContent(), 'gated.write');
    assert.equal(await dialog.locator('[data-testid="approval-specifier"]').textContent(), 'hello');
    await screenshot(page, 'approval-dialog');
    await dialog.locator('[data-testid="approval-allow-once"]').click();
    await dialog.waitFor({ state: 'detached' });
    const res = await result();
    assert.equal(res.status, 200, JSON.stringify(res));
    assert.match(JSON.stringify(res.body), /"wrote":"hello"/);
    assert.doesNotMatch(JSON.stringify(res.body), /denied/);
  });

  it('asks again next time after "Allow once", and "Deny" denies', async () => {
    await invokeGated('second');
    const dialog = page.locator('[data-testid="approval-dialog"]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('[data-testid="approval-specifier"]').textContent(), 'second');
    await dialog.locator('[data-testid="approval-deny"]').click();
    await dialog.waitFor({ state: 'detached' });
    const res = await result();
    assert.match(JSON.stringify(res.body), /denied by permission policy/);
    assert.doesNotMatch(JSON.stringify(res.body), /"wrote"/);
  });

  it('"Always allow" stores a rule, so the next call runs without asking', async () => {
    await invokeGated('forever');
    const dialog = page.locator('[data-testid="approval-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="approval-allow-always"]').click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(JSON.stringify((await result()).body), /"wrote":"forever"/);
    const settings = await page.evaluate(async () => (await fetch('/api/settings')).json());
    const allow = settings.values['agent.permissions.allow'] ?? [];
    assert.ok(allow.some((r) => r.startsWith('gated.write')), `allow rules: ${JSON.stringify(allow)}`);
    // Same specifier again: no dialog this time.
    await invokeGated('forever');
    assert.match(JSON.stringify((await result()).body), /"wrote":"forever"/);
    assert.equal(await dialog.count(), 0);
  });
});
