// tools.list: the agent tool catalog: the host's tools (`GET /api/agent/tools`, from plugins,
// with their side-effect flag) and the browser's own layout tools (the manifest it sends).
// Refreshed on every `system`/`plugins` frame: a reloaded, enabled or disabled plugin changes it.

import { api, type ProviderTool } from '../api';
import { h } from '../dom';
import type { PaneDef, PaneView } from '../registry';
import { BROWSER_TOOLS } from '../browser-tools';
import { socket } from '../socket';

interface Row {
  name: string;
  description: string;
  source: string;
  sideEffect: boolean;
  params: Record<string, any>;
  required: string[];
}

function toolRow(t: Row): HTMLElement {
  const params = Object.entries(t.params ?? {}).map(([name, schema]) =>
    h('code.chip', { class: t.required.includes(name) ? 'chip-required' : null, title: schema?.description ?? '', text: `${name}${schema?.type ? `: ${schema.type}` : ''}` }),
  );
  return h(
    'div.tool-row',
    { 'data-testid': 'tool-row', 'data-tool-name': t.name },
    h(
      'div.tool-head',
      {},
      h('code.tool-name', { text: t.name }),
      t.sideEffect ? h('span.badge.badge-warn', { text: 'side effect', title: 'Goes through the permission gate' }) : h('span.badge', { text: 'read-only' }),
      h('span.toolbar-spacer'),
      h('span.muted.tool-source', { text: t.source }),
    ),
    t.description ? h('div.tool-desc', { text: t.description }) : null,
    params.length ? h('div.chips', {}, ...params) : null,
  );
}

class ToolsView implements PaneView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly search: HTMLInputElement;
  private host: Row[] = [];
  private error: string | null = null;
  private readonly unsubscribe: () => void;

  constructor() {
    this.body = h('div.tools-list', { 'data-testid': 'tools-list' });
    this.search = h('input.input.input-search', { type: 'search', placeholder: 'Filter tools', 'aria-label': 'Filter tools' });
    this.search.addEventListener('input', () => this.render());
    this.element = h(
      'div.pane.tools',
      {},
      h('div.pane-toolbar', {}, this.search, h('span.toolbar-spacer'), h('button.btn.btn-small.btn-ghost', { type: 'button', text: 'Reload', onclick: () => void this.load() })),
      h('div.pane-scroll', {}, this.body),
    );
    this.unsubscribe = socket.on('system', (frame) => {
      if (frame.event === 'plugins') void this.load();
    });
    void this.load();
  }

  dispose(): void {
    this.unsubscribe();
  }

  async load(): Promise<void> {
    try {
      const res = await api.get<{ tools: ProviderTool[] }>('/api/agent/tools');
      this.error = null;
      this.host = (res?.tools ?? []).map((t) => ({
        name: t.function?.name ?? '?',
        description: t.function?.description ?? '',
        source: t.source ?? 'host',
        sideEffect: !!t.sideEffect,
        params: t.function?.parameters?.properties ?? {},
        required: t.function?.parameters?.required ?? [],
      }));
    } catch (err) {
      this.error = (err as Error).message;
    }
    this.render();
  }

  private render(): void {
    const q = this.search.value.trim().toLowerCase();
    const keep = (r: Row) => !q || `${r.name} ${r.description} ${r.source}`.toLowerCase().includes(q);
    // The host lists the browser's manifest tools too (source "browser"); fall back to our own
    // catalog (catalog/browser-tools.json) when it does not, so the list is complete either way.
    const hostOnly = this.host.filter((r) => r.source !== 'browser');
    const fromHost = this.host.filter((r) => r.source === 'browser');
    const browser: Row[] = fromHost.length
      ? fromHost
      : BROWSER_TOOLS.map((t) => ({
          name: t.name,
          description: t.description,
          source: 'browser',
          sideEffect: false,
          params: t.parameters.properties,
          required: t.parameters.required,
        }));
    const hostRows = hostOnly.filter(keep);
    const browserRows = browser.filter(keep);
    this.body.replaceChildren(
      h('h3.section-title', { text: `Plugin tools (${hostOnly.length})` }),
      this.error
        ? h('div.empty-state.error', { text: `Could not load tools: ${this.error}` })
        : hostRows.length
          ? h('div.tool-group', { 'data-testid': 'host-tools' }, ...hostRows.map(toolRow))
          : h('div.empty-state', { text: hostOnly.length ? 'No plugin tool matches.' : 'No plugin registered an agent tool.' }),
      h('h3.section-title', { text: `Browser tools (${browser.length})` }),
      h('div.tool-group', { 'data-testid': 'browser-tools' }, ...browserRows.map(toolRow)),
    );
  }
}

export const toolsPane: PaneDef = {
  id: 'tools.list',
  title: 'Tools',
  description: 'The agent tool catalog',
  create: () => new ToolsView(),
};
