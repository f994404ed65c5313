// plugins.list: the backend plugins the host loaded (`GET /api/plugins`), each with its
// capabilities (routes, agent tools, socket channels, dash facades) and warnings (pieces it
// registered that are not served, and why), and the load errors.

import { api, type PluginInfo, type PluginsResponse } from '../api';
import { h } from '../dom';
import type { PaneDef, PaneView } from '../registry';

function chips(label: string, items: string[], cls: string): HTMLElement | null {
  if (!items.length) return null;
  return h('div.cap-row', {}, h('span.cap-label', { text: label }), h('div.chips', {}, ...items.map((t) => h('code.chip', { class: cls, text: t }))));
}

function card(p: PluginInfo): HTMLElement {
  const routes = (p.routes ?? []).map((r) => `${(r.methods ?? []).join(',')} ${r.path}`);
  return h(
    'article.card.plugin-card',
    { 'data-testid': 'plugin-card', 'data-plugin-id': p.id },
    h(
      'header.card-head',
      {},
      h('span.card-title', { text: p.name || p.id }),
      h('code.muted', { text: p.id }),
      h('span.toolbar-spacer'),
      h('span.badge', { text: `v${p.version}` }),
    ),
    p.description ? h('p.card-desc', { text: p.description }) : null,
    h(
      'div.caps',
      {},
      chips('Facades', (p.facades ?? []).map((f) => `dash.${f}`), 'chip-facade'),
      chips('Tools', p.tools ?? [], 'chip-tool'),
      chips('Channels', p.channels ?? [], 'chip-channel'),
      chips('Routes', routes, 'chip-route'),
    ),
    warnings(p.warnings ?? []),
    h('footer.card-foot', { text: p.source ?? '', title: p.source ?? '' }),
  );
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

class PluginsView implements PaneView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly summary: HTMLElement;
  private data: PluginsResponse | null = null;

  constructor() {
    this.body = h('div.cards', { 'data-testid': 'plugins-list' });
    this.summary = h('span.muted');
    this.element = h(
      'div.pane.plugins',
      {},
      h('div.pane-toolbar', {}, this.summary, h('span.toolbar-spacer'), h('button.btn.btn-small.btn-ghost', { type: 'button', text: 'Reload', onclick: () => void this.load() })),
      h('div.pane-scroll', {}, this.body),
    );
    void this.load();
  }

  getContext() {
    return this.data;
  }

  async load(): Promise<void> {
    try {
      this.data = await api.get<PluginsResponse>('/api/plugins');
    } catch (err) {
      this.body.replaceChildren(h('div.empty-state.error', { text: `Could not load plugins: ${(err as Error).message}` }));
      return;
    }
    const plugins = this.data?.plugins ?? [];
    const errors = this.data?.errors ?? [];
    const warned = plugins.reduce((n, p) => n + (p.warnings?.length ?? 0), 0);
    this.summary.textContent = `${plugins.length} loaded${warned ? ` · ${warned} warnings` : ''}${errors.length ? ` · ${errors.length} failed` : ''}`;
    const errorCards = errors.map((e) =>
      h(
        'article.card.card-error',
        { 'data-testid': 'plugin-error' },
        h('header.card-head', {}, h('span.card-title', { text: 'Failed to load' }), h('span.toolbar-spacer'), h('span.badge.badge-error', { text: 'error' })),
        h('pre.card-error-text', { text: e.error }),
        h('footer.card-foot', { text: e.source, title: e.source }),
      ),
    );
    const cards = plugins.map(card);
    this.body.replaceChildren(
      ...errorCards,
      ...cards,
      ...(plugins.length || errors.length ? [] : [h('div.empty-state', { text: 'No backend plugins are loaded. Start the host with --plugins-dir.' })]),
    );
  }
}

export const pluginsPane: PaneDef = {
  id: 'plugins.list',
  title: 'Plugins',
  description: 'Loaded backend plugins',
  hasContext: true,
  create: () => new PluginsView(),
};
