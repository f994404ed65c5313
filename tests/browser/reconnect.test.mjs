// The socket after the host goes away: the page says it is disconnected, reconnects with
// backoff once the host is back (same port, same data dir), starts a fresh REPL session, and
// keeps its layout.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ACTIVE,
  closeSession,
  openSession,
  runCell,
  screenshot,
  waitConnected,
  waitConsoleReady,
} from './helpers.mjs';

describe('reconnect', () => {
  let host;
  let browser;
  let page;

  let session;
  before(async () => {
    session = await openSession();
    ({ host, browser, page } = session);
  });
  after(() => closeSession(session));

  it('shows the disconnection and reconnects after the host restarts', async () => {
    assert.equal((await runCell(page, 'answer = 41\nanswer + 1')).result, '42');
    const status = page.locator('[data-testid="connection-status"]');
    assert.equal(await status.getAttribute('data-state'), 'connected');

    await host.stop();
    await page.locator('[data-testid="connection-status"][data-state="disconnected"]').waitFor();
    assert.match(await status.textContent(), /Disconnected/);
    await page.locator('[data-testid="disconnected-banner"]').waitFor();
    await page.locator(`${ACTIVE} [data-testid="console-status"][data-state="offline"]`).waitFor();
    await screenshot(page, 'reconnect-disconnected');

    // While the host is down a cell fails at once instead of hanging.
    const offline = await runCell(page, '1 + 1');
    assert.equal(offline.state, 'error');
    assert.match(offline.error, /not connected/);

    const t0 = Date.now();
    await host.restart();
    await waitConnected(page, 30_000);
    await waitConsoleReady(page);
    assert.ok(Date.now() - t0 < 30_000);
    await page.locator('[data-testid="disconnected-banner"]').waitFor({ state: 'hidden' });

    // A fresh session: the old namespace is gone, the console works.
    const fresh = await runCell(page, "'answer' in globals()");
    assert.equal(fresh.result, 'False');
    assert.equal((await runCell(page, 'dash.ping.pong()')).result, "'pong'");
    // The layout is the same workspace it was.
    await page.locator(`${ACTIVE} [data-pane-id="observability.io"]`).waitFor();
  });
});
