// plugins.list: the backend plugins the host loaded (`GET /api/plugins`), each with its
// capabilities (routes, agent tools, socket channels, dash facades), warnings (pieces it
// registered that are not served, and why), dependencies and last failed reload; then the
// disabled, blocked and failed ones. Buttons reload, disable and enable plugins
// (`POST /api/plugins/{id}/...`; hidden when the host is `--locked`); the pane refreshes on
// every `system`/`plugins` frame, which the host sends after each change, whoever made it.

import { api, ApiError, type DependentsRefusal, type PluginFailure, type PluginInfo, type PluginsResponse } from '../api';
import { h } from '../dom';
import type { PaneDef, PaneView } from '../registry';
import { socket } from '../socket';
import { toast } from '../toast';

function chips(label: string, items: string[], cls: string): HTMLElement | null {
  if (!items.length) return null;
  return h('div.cap-row', {}, h('span.cap-label', { text: label }), h('div.chips', {}, ...items.map((t) => h('code.chip', { class: cls, text: t }))));
}

function warnings(items: string[]): HTMLElement | null {
  if (!items.length) return null;
  return h(
    'div.cap-row.plugin-warnings',
    {},
    h('span.cap-label', { text: 'Warnings' }),
    h('ul.card-warnings', {}, ...items.map((w) => h('li', { 'data-testid': 'plugin-warning', text: w }))),
  );
}

/** The error, where it happened, and the traceback collapsed under it. */
function failure(f: PluginFailure | { error: string; traceback?: string }, testid: string, heading: string): HTMLElement {
  const where = 'file' in f && f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '';
  const stage = 'stage' in f && f.stage ? ` at ${f.stage}` : '';
  return h(
    'div.plugin-failure',
    { 'data-testid': testid },
    h('div.plugin-failure-head', { text: `${heading}${stage}: ${f.error}${where}` }),
    f.traceback
      ? h('details.plugin-traceback', {}, h('summary', { text: 'Traceback' }), h('pre.card-error-text', { 'data-testid': 'plugin-traceback', text: f.traceback }))
      : null,
  );
}

type Action = 'reload' | 'enable' | 'disable';

class PluginsView implements PaneView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly rescanButton: HTMLButtonElement;
  private data: PluginsResponse | null = null;
  private loading: Promise<void> | null = null;
  private again = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor() {
    this.body = h('div.cards', { 'data-testid': 'plugins-list' });
    this.summary = h('span.muted', { 'data-testid': 'plugins-summary' });
    this.rescanButton = h('button.btn.btn-small.btn-ghost', {
      type: 'button',
      text: 'Rescan',
      title: 'Load plugins installed since the host started; unload uninstalled ones',
      'data-testid': 'plugins-rescan',
      hidden: true,
      onclick: () => void this.rescan(),
    });
    this.element = h(
      'div.pane.plugins',
      {},
      h(
        'div.pane-toolbar',
        {},
        this.summary,
        h('span.toolbar-spacer'),
        this.rescanButton,
        h('button.btn.btn-small.btn-ghost', { type: 'button', text: 'Refresh', 'data-testid': 'plugins-refresh', onclick: () => void this.load() }),
      ),
      h('div.pane-scroll', {}, this.body),
    );
    this.unsubscribe.push(
      socket.on('system', (frame) => {
        if (frame.event === 'plugins') void this.load();
      }),
      socket.onConnect(() => void this.load()),
    );
    void this.load();
  }

  getContext() {
    return this.data;
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
  }

  /** Fetches and renders the listing; a call while one is in flight runs once more after it. */
  load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        await this.fetchAndRender();
      } while (this.again);
      this.loading = null;
    })();
    return this.loading;
  }

  private async fetchAndRender(): Promise<void> {
    try {
      this.data = await api.get<PluginsResponse>('/api/plugins');
    } catch (err) {
      this.body.replaceChildren(h('div.empty-state.error', { text: `Could not load plugins: ${(err as Error).message}` }));
      return;
    }
    this.render(this.data);
  }

  private render(data: PluginsResponse): void {
    const plugins = data.plugins ?? [];
    const errors = data.errors ?? [];
    const disabled = data.disabled ?? [];
    const blocked = data.blocked ?? [];
    const locked = data.locked === true;
    const warned = plugins.reduce((n, p) => n + (p.warnings?.length ?? 0), 0);
    const parts = [`${plugins.length} loaded`];
    if (disabled.length) parts.push(`${disabled.length} disabled`);
    if (blocked.length) parts.push(`${blocked.length} blocked`);
    if (warned) parts.push(`${warned} warnings`);
    if (errors.length) parts.push(`${errors.length} failed`);
    if (locked) parts.push('locked');
    if (data.reload) parts.push('dev mode');
    this.summary.textContent = parts.join(' · ');
    this.element.dataset.locked = String(locked);
    this.rescanButton.hidden = locked;

    const errorCards = errors.map((e) =>
      h(
        'article.card.card-error',
        { 'data-testid': 'plugin-error', 'data-plugin-id': e.plugin ?? null },
        h('header.card-head', {}, h('span.card-title', { text: e.plugin ? `${e.plugin} failed to load` : 'Failed to load' }), h('span.toolbar-spacer'), h('span.badge.badge-error', { text: 'error' })),
        h('pre.card-error-text', { text: e.error }),
        e.traceback ? h('details.plugin-traceback', {}, h('summary', { text: 'Traceback' }), h('pre.card-error-text', { text: e.traceback })) : null,
        h('footer.card-foot', { text: e.source, title: e.source }),
      ),
    );
    const blockedCards = blocked.map((b) =>
      h(
        'article.card.plugin-card.plugin-inactive',
        { 'data-testid': 'plugin-blocked', 'data-plugin-id': b.id },
        h('header.card-head', {}, h('span.card-title', { text: b.id }), h('span.toolbar-spacer'), h('span.badge.badge-warn', { text: 'blocked' })),
        h('p.card-desc', { 'data-testid': 'plugin-blocked-reason', text: b.reason }),
        h('footer.card-foot', { text: b.source, title: b.source }),
      ),
    );
    const disabledCards = disabled.map((d) =>
      h(
        'article.card.plugin-card.plugin-inactive',
        { 'data-testid': 'plugin-disabled', 'data-plugin-id': d.id },
        h(
          'header.card-head',
          {},
          h('span.card-title', { text: d.id }),
          h('span.toolbar-spacer'),
          h('span.badge', { text: d.by ? `disabled with ${d.by}` : 'disabled' }),
          locked ? null : this.button('enable', d.id, 'Enable'),
        ),
        h('footer.card-foot', { text: d.source, title: d.source }),
      ),
    );
    this.body.replaceChildren(
      ...errorCards,
      ...plugins.map((p) => this.card(p, locked)),
      ...blockedCards,
      ...disabledCards,
      ...(plugins.length || errors.length || disabled.length || blocked.length
        ? []
        : [h('div.empty-state', { text: 'No backend plugins are loaded. Start the host with --plugins-dir.' })]),
    );
  }

  private card(p: PluginInfo, locked: boolean): HTMLElement {
    const routes = (p.routes ?? []).map((r) => `${(r.methods ?? []).join(',')} ${r.path}`);
    return h(
      'article.card.plugin-card',
      { 'data-testid': 'plugin-card', 'data-plugin-id': p.id, 'data-version': p.version },
      h(
        'header.card-head',
        {},
        h('span.card-title', { text: p.name || p.id }),
        h('code.muted', { text: p.id }),
        h('span.toolbar-spacer'),
        h('span.badge', { 'data-testid': 'plugin-version', text: `v${p.version}` }),
        locked ? null : this.button('reload', p.id, 'Reload'),
        locked ? null : this.button('disable', p.id, 'Disable'),
      ),
      p.description ? h('p.card-desc', { text: p.description }) : null,
      p.last_error ? failure(p.last_error, 'plugin-last-error', `Last reload failed (v${p.version} still serves)`) : null,
      h(
        'div.caps',
        {},
        chips('Requires', p.requires ?? [], 'chip-requires'),
        chips('Facades', (p.facades ?? []).map((f) => `dash.${f}`), 'chip-facade'),
        chips('Tools', p.tools ?? [], 'chip-tool'),
        chips('Channels', p.channels ?? [], 'chip-channel'),
        chips('Routes', routes, 'chip-route'),
      ),
      warnings(p.warnings ?? []),
      h('footer.card-foot', { text: p.source ?? '', title: p.source ?? '' }),
    );
  }

  /** `POST /api/plugins/rescan`: what it added or removed comes back as frames (toasts). */
  private async rescan(): Promise<void> {
    this.rescanButton.disabled = true;
    try {
      const res = await api.post<{ added: string[]; removed: string[] }>('/api/plugins/rescan', {});
      if (!res.added.length && !res.removed.length) toast('Rescan: nothing added or removed');
    } catch (err) {
      toast(`Rescan: ${(err as Error).message}`, 'error');
    } finally {
      this.rescanButton.disabled = false;
      void this.load();
    }
  }

  private button(action: Action, id: string, label: string): HTMLButtonElement {
    const b = h('button.btn.btn-small.btn-ghost', { type: 'button', text: label, 'data-testid': `plugin-${action}`, 'data-plugin-id': id });
    b.addEventListener('click', () => void this.act(action, id, b));
    return b;
  }

  /** Runs `action` on `id`. A disable refused for dependents asks (naming them) and cascades.
   *  Outcomes the host announces (reloaded, failed, disabled, enabled) come back as a frame:
   *  its toast and the refresh; only refusals are toasted here. */
  private async act(action: Action, id: string, b: HTMLButtonElement): Promise<void> {
    const path = `/api/plugins/${encodeURIComponent(id)}/${action}`;
    b.disabled = true;
    try {
      try {
        await api.post(path, {});
      } catch (err) {
        const refusal = err instanceof ApiError && err.status === 409 ? (err.body as Partial<DependentsRefusal> | null) : null;
        if (action !== 'disable' || !refusal?.dependents?.length) throw err;
        const names = refusal.dependents.join(', ');
        if (!confirm(`Disabling ${id} also disables the plugins that depend on it: ${names}. Disable them all?`)) return;
        await api.post(`${path}?cascade=1`, {});
      }
    } catch (err) {
      // A failed reload or enable (409 with a stage) is announced by the host's frame.
      const announced = err instanceof ApiError && err.status === 409 && (err.body as { stage?: string } | null)?.stage;
      if (!announced) toast(`${action} ${id}: ${(err as Error).message}`, 'error');
    } finally {
      b.disabled = false;
      void this.load();
    }
  }
}

export const pluginsPane: PaneDef = {
  id: 'plugins.list',
  title: 'Plugins',
  description: 'Backend plugins: reload, enable, disable',
  hasContext: true,
  create: () => new PluginsView(),
};
