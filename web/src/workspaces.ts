// Workspaces: named tabs in the top bar, each with its own dockview instance and layout.
// Layouts are saved with `PUT /api/workspaces/{id}` (debounced, on every layout change; a
// partial upsert, as upstream), the active one with `PUT /api/workspaces/active`, and all are
// restored from `GET /api/workspaces` on load, so a reload brings every workspace back.
// Inactive workspaces stay built but hidden (visibility, not display, so sizes survive).

import {
  createDockview,
  themeDark,
  type CreateComponentOptions,
  type DockviewApi,
  type DockviewGroupPanel,
  type IContentRenderer,
  type IDockviewPanel,
  type IHeaderActionsRenderer,
  type IWatermarkRenderer,
  type SerializedDockview,
} from 'dockview-core';
import { api, type WorkspacesResponse } from './api';
import { h, toast } from './dom';
import {
  allPanes,
  instanceNumber,
  instances,
  nextInstanceId,
  noteExistingInstanceId,
  paneDef,
  type PaneView,
} from './registry';

export interface Workspace {
  id: string;
  name: string;
  /** The saved layout, used until the workspace is first shown. */
  layout: SerializedDockview | null;
  dock: DockviewApi | null;
  view: HTMLElement | null;
  saveTimer?: ReturnType<typeof setTimeout>;
  restoring?: boolean;
}

const SAVE_DELAY_MS = 300;

function newWorkspaceId(): string {
  return `ws-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function titleFor(paneId: string, instanceId: string): string {
  const def = paneDef(paneId);
  const base = def?.title ?? paneId;
  const n = instanceNumber(instanceId);
  return n > 1 ? `${base} ${n}` : base;
}

export class WorkspaceManager {
  readonly list: Workspace[] = [];
  activeId: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly tabsEl: HTMLElement,
    private readonly viewsEl: HTMLElement,
  ) {}

  // ---- lifecycle -------------------------------------------------------------------------

  async init(): Promise<void> {
    window.addEventListener('pagehide', () => this.flushAll());
    let saved: WorkspacesResponse = { active: null, workspaces: [] };
    try {
      saved = await api.get<WorkspacesResponse>('/api/workspaces');
    } catch (err) {
      toast(`Could not load workspaces: ${(err as Error).message}`, 'error');
    }
    for (const rec of saved.workspaces ?? []) {
      if (!rec || typeof rec.id !== 'string') continue;
      const layout = rec.layout && typeof rec.layout === 'object' ? (rec.layout as SerializedDockview) : null;
      for (const key of Object.keys(layout?.panels ?? {})) noteExistingInstanceId(key);
      this.list.push({ id: rec.id, name: rec.name || rec.id, layout, dock: null, view: null });
    }
    if (this.list.length === 0) {
      const ws: Workspace = { id: 'main', name: 'Main', layout: null, dock: null, view: null };
      this.list.push(ws);
      this.activate(ws.id);
      this.populateDefault(ws);
      void this.saveNow(ws);
      return;
    }
    const active = this.list.find((w) => w.id === saved.active) ?? this.list[0];
    this.activate(active.id, { save: false });
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    this.renderTabs();
    for (const l of this.listeners) l();
  }

  get active(): Workspace | null {
    return this.list.find((w) => w.id === this.activeId) ?? null;
  }

  /** The dockview of the active workspace (built on demand). */
  get dock(): DockviewApi {
    const ws = this.active;
    if (!ws) throw new Error('no active workspace');
    return this.ensureBuilt(ws);
  }

  byId(id: string): Workspace | undefined {
    return this.list.find((w) => w.id === id);
  }

  findByIdOrName(key: string): Workspace | undefined {
    return this.byId(key) ?? this.list.find((w) => w.name === key);
  }

  // ---- operations ------------------------------------------------------------------------

  activate(id: string, opts: { save?: boolean } = {}): Workspace | null {
    const ws = this.byId(id);
    if (!ws) return null;
    const previous = this.active;
    this.activeId = id;
    this.ensureBuilt(ws);
    for (const w of this.list) {
      if (!w.view) continue;
      const on = w.id === id;
      w.view.dataset.active = String(on);
      w.view.toggleAttribute('inert', !on);
      w.view.setAttribute('aria-hidden', String(!on));
    }
    if (opts.save !== false && previous?.id !== id) void this.saveNow(ws).then(() => this.saveActive(ws));
    this.changed();
    return ws;
  }

  create(name?: string): Workspace {
    const clean = (name ?? '').trim() || this.uniqueName('Workspace');
    const ws: Workspace = { id: newWorkspaceId(), name: clean, layout: null, dock: null, view: null };
    this.list.push(ws);
    this.activate(ws.id, { save: false });
    void this.saveNow(ws).then(() => this.saveActive(ws));
    return ws;
  }

  rename(id: string, name: string): boolean {
    const ws = this.byId(id);
    const clean = name.trim();
    if (!ws || !clean) return false;
    ws.name = clean;
    void this.saveNow(ws);
    this.changed();
    return true;
  }

  async remove(id: string): Promise<void> {
    const ws = this.byId(id);
    if (!ws || this.list.length <= 1) return;
    clearTimeout(ws.saveTimer);
    const index = this.list.indexOf(ws);
    this.list.splice(index, 1);
    ws.dock?.dispose();
    ws.view?.remove();
    if (this.activeId === id) {
      const next = this.list[Math.max(0, index - 1)];
      this.activate(next.id);
    } else {
      this.changed();
    }
    try {
      await api.del(`/api/workspaces/${encodeURIComponent(id)}`);
    } catch (err) {
      toast(`Could not delete workspace: ${(err as Error).message}`, 'error');
    }
  }

  private uniqueName(base: string): string {
    const names = new Set(this.list.map((w) => w.name));
    for (let i = this.list.length + 1; ; i++) if (!names.has(`${base} ${i}`)) return `${base} ${i}`;
  }

  // ---- persistence -----------------------------------------------------------------------

  serialize(ws: Workspace): SerializedDockview | null {
    return ws.dock ? ws.dock.toJSON() : ws.layout;
  }

  saveSoon(ws: Workspace): void {
    if (ws.restoring) return;
    clearTimeout(ws.saveTimer);
    ws.saveTimer = setTimeout(() => void this.saveNow(ws), SAVE_DELAY_MS);
  }

  /** Saves a workspace's name and layout; resolves once the host answered (or failed). */
  saveNow(ws: Workspace, keepalive = false): Promise<void> {
    clearTimeout(ws.saveTimer);
    ws.saveTimer = undefined;
    if (!this.list.includes(ws)) return Promise.resolve();
    const body = { name: ws.name, layout: this.serialize(ws) };
    return fetch(`/api/workspaces/${encodeURIComponent(ws.id)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive,
    })
      .then((res) => {
        if (!res.ok) toast(`Saving workspace “${ws.name}” failed: HTTP ${res.status}`, 'error');
      })
      .catch(() => {
        /* host away: the next change saves again */
      });
  }

  /** Records `ws` as the active workspace (after it was saved: the host 404s unknown ids). */
  private saveActive(ws: Workspace): Promise<void> {
    if (ws.id !== this.activeId || !this.list.includes(ws)) return Promise.resolve();
    return api.put('/api/workspaces/active', { id: ws.id }).then(
      () => undefined,
      () => {
        /* host away: the next switch saves again */
      },
    );
  }

  flushAll(): void {
    for (const ws of this.list) if (ws.saveTimer !== undefined) void this.saveNow(ws, true);
  }

  // ---- building dockview -----------------------------------------------------------------

  private ensureBuilt(ws: Workspace): DockviewApi {
    if (ws.dock) return ws.dock;
    const view = h('section.ws-view', {
      'data-testid': 'workspace-view',
      'data-workspace-id': ws.id,
      'data-active': 'false',
    });
    this.viewsEl.append(view);
    ws.view = view;
    const dock = createDockview(view, {
      theme: themeDark,
      className: 'hz-dock',
      createComponent: (opts) => this.createRenderer(ws, opts),
      createWatermarkComponent: () => this.createWatermark(ws),
      createRightHeaderActionComponent: (group) => createGroupActions(group),
      floatingGroupBounds: 'boundedWithinViewport',
    });
    ws.dock = dock;
    if (ws.layout) {
      ws.restoring = true;
      try {
        dock.fromJSON(ws.layout);
      } catch (err) {
        console.error('horrible: could not restore layout', err);
        toast(`Workspace “${ws.name}”: saved layout could not be restored`, 'error');
        dock.clear();
      } finally {
        ws.restoring = false;
      }
    }
    dock.onDidLayoutChange(() => this.saveSoon(ws));
    dock.onDidAddPanel(() => this.changed());
    dock.onDidRemovePanel(() => this.changed());
    return dock;
  }

  private createRenderer(ws: Workspace, opts: CreateComponentOptions): IContentRenderer {
    const root = h('div.pane-root', { 'data-pane-id': opts.name, 'data-instance-id': opts.id });
    let view: PaneView | undefined;
    return {
      element: root,
      init: (params) => {
        const def = paneDef(opts.name);
        const panelApi = params.api;
        const init = {
          paneId: opts.name,
          instanceId: opts.id,
          params: { ...(params.params ?? {}) },
          setParams: (patch: Record<string, unknown>) => {
            if (!instances.has(opts.id)) return;
            panelApi.updateParameters(patch);
            this.saveSoon(ws);
          },
          setTitle: (title: string) => panelApi.setTitle(title),
        };
        view = def ? def.create(init) : unknownPane(opts.name);
        root.append(view.element);
        instances.set(opts.id, { paneId: opts.name, instanceId: opts.id, workspaceId: ws.id, view });
        panelApi.onDidVisibilityChange((e) => {
          if (e.isVisible) view?.onShow?.();
        });
      },
      focus: () => view?.focus?.(),
      dispose: () => {
        instances.delete(opts.id);
        view?.dispose?.();
      },
    };
  }

  private createWatermark(ws: Workspace): IWatermarkRenderer {
    const list = h('div.watermark-panes');
    for (const def of allPanes()) {
      list.append(
        h(
          'button.watermark-pane',
          { type: 'button', 'data-open-pane': def.id, onclick: () => this.openPane(def.id, ws) },
          h('span.watermark-pane-title', { text: def.title }),
          h('span.watermark-pane-desc', { text: def.description }),
        ),
      );
    }
    const element = h(
      'div.watermark',
      { 'data-testid': 'workspace-empty' },
      h('div.watermark-title', { text: 'This workspace is empty' }),
      h('div.watermark-sub', { text: 'Open a pane to get started, or drive the layout from a console with dash.' }),
      list,
    );
    return { element, init: () => {} };
  }

  /** Populate a fresh first workspace with a useful default arrangement. */
  populateDefault(ws: Workspace): void {
    const dock = this.ensureBuilt(ws);
    const consolePanel = this.addInstance(dock, 'repl.console');
    const plugins = this.addInstance(dock, 'plugins.list', { referencePanel: consolePanel, direction: 'right' });
    this.addInstance(dock, 'tools.list', { referencePanel: plugins, direction: 'within' });
    this.addInstance(dock, 'observability.io', { referencePanel: plugins, direction: 'below' });
    plugins.api.setActive();
    consolePanel.api.setActive();
    const width = ws.view?.clientWidth ?? 0;
    if (width > 0) consolePanel.group.api.setSize({ width: Math.round(width * 0.52) });
  }

  // ---- panes -----------------------------------------------------------------------------

  /** Add a new instance of `paneId` to `dock` at `position` (dockview's addPanel position). */
  addInstance(dock: DockviewApi, paneId: string, position?: any, params: Record<string, unknown> = {}): IDockviewPanel {
    const instanceId = nextInstanceId(paneId);
    return dock.addPanel({
      id: instanceId,
      component: paneId,
      title: titleFor(paneId, instanceId),
      params,
      ...(position ? { position } : {}),
    });
  }

  /**
   * Open a pane in a workspace (the active one by default). A single-instance pane that is
   * already open is focused instead. New panes go into the most recently active group that
   * holds no console, so the console you typed into stays in view; else into a new column.
   */
  openPane(paneId: string, ws: Workspace | null = this.active): IDockviewPanel | null {
    const def = paneDef(paneId);
    if (!def || !ws) return null;
    const dock = this.ensureBuilt(ws);
    if (!def.multi) {
      const existing = dock.panels.find((p) => p.api.component === paneId);
      if (existing) {
        existing.api.setActive();
        return existing;
      }
    }
    if (dock.panels.length === 0) return this.addInstance(dock, paneId);
    const hasConsole = (g: DockviewGroupPanel) => g.panels.some((p) => p.api.component === 'repl.console');
    const gridGroups = dock.groups.filter((g) => g.api.location.type === 'grid');
    const candidates = [dock.activeGroup, ...gridGroups].filter(
      (g): g is DockviewGroupPanel => !!g && g.api.location.type === 'grid' && !hasConsole(g),
    );
    if (candidates.length > 0) return this.addInstance(dock, paneId, { referenceGroup: candidates[0], direction: 'within' });
    return this.addInstance(dock, paneId, { direction: 'right' });
  }

  // ---- tabs ------------------------------------------------------------------------------

  renderTabs(): void {
    const tabs = this.list.map((ws) => this.renderTab(ws));
    const add = h('button.ws-add', {
      type: 'button',
      title: 'New workspace',
      'aria-label': 'New workspace',
      'data-testid': 'workspace-new',
      text: '+',
      onclick: () => {
        const ws = this.create();
        this.startRename(ws.id);
      },
    });
    this.tabsEl.replaceChildren(...tabs, add);
  }

  private renderTab(ws: Workspace): HTMLElement {
    const active = ws.id === this.activeId;
    const count = ws.dock ? ws.dock.panels.length : Object.keys(ws.layout?.panels ?? {}).length;
    const tab = h(
      'div.ws-tab',
      {
        role: 'tab',
        tabindex: 0,
        'aria-selected': String(active),
        'data-testid': 'workspace-tab',
        'data-workspace-id': ws.id,
        'data-active': String(active),
        title: `${ws.name} — double-click to rename`,
        onclick: () => this.activate(ws.id),
        ondblclick: () => this.startRename(ws.id),
        onkeydown: (e: Event) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') this.activate(ws.id);
          if (key === 'F2') this.startRename(ws.id);
        },
      },
      h('span.ws-tab-name', { 'data-testid': 'workspace-tab-name', text: ws.name }),
      h('span.ws-tab-count', { text: String(count) }),
    );
    if (this.list.length > 1) {
      tab.append(
        h('button.ws-tab-close', {
          type: 'button',
          title: `Delete workspace ${ws.name}`,
          'aria-label': `Delete workspace ${ws.name}`,
          'data-testid': 'workspace-delete',
          text: '×',
          onclick: (e: Event) => {
            e.stopPropagation();
            if (confirm(`Delete workspace “${ws.name}” and its layout?`)) void this.remove(ws.id);
          },
        }),
      );
    }
    return tab;
  }

  startRename(id: string): void {
    const tab = this.tabsEl.querySelector<HTMLElement>(`[data-workspace-id="${CSS.escape(id)}"]`);
    const ws = this.byId(id);
    if (!tab || !ws) return;
    const nameEl = tab.querySelector('.ws-tab-name');
    const input = h('input.ws-rename', {
      'data-testid': 'workspace-rename-input',
      value: ws.name,
      'aria-label': 'Workspace name',
      size: Math.max(6, ws.name.length),
    });
    let done = false;
    const finish = (commit: boolean) => {
      if (done) return;
      done = true;
      if (commit && input.value.trim() && input.value.trim() !== ws.name) this.rename(id, input.value);
      else this.renderTabs();
    };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter') finish(true);
      if (e.key === 'Escape') finish(false);
    });
    input.addEventListener('blur', () => finish(true));
    input.addEventListener('click', (e) => e.stopPropagation());
    input.addEventListener('dblclick', (e) => e.stopPropagation());
    nameEl?.replaceWith(input);
    input.focus();
    input.select();
  }
}

function unknownPane(paneId: string): PaneView {
  return {
    element: h(
      'div.pane.pane-unknown',
      {},
      h('div.empty-state', { text: `Unknown pane “${paneId}”. It is not provided by this dashboard.` }),
    ),
  };
}

const svg = (body: string) =>
  `<svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;
const ICONS = {
  float: svg('<rect x="2.5" y="5.5" width="8" height="8" rx="1.5"/><path d="M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2"/>'),
  dock: svg('<rect x="2.5" y="2.5" width="11" height="11" rx="1.5"/><path d="M2.5 10.5h11"/>'),
  maximize: svg('<path d="M9.5 2.5h4v4M6.5 13.5h-4v-4M13.5 2.5 9 7M2.5 13.5 7 9"/>'),
  restore: svg('<path d="M13.5 6.5h-4v-4M2.5 9.5h4v4M9.5 6.5l4-4M6.5 9.5l-4 4"/>'),
};

/** Float/dock and maximize/restore buttons in each group's tab bar. */
function createGroupActions(group: DockviewGroupPanel): IHeaderActionsRenderer {
  const floatBtn = h('button.group-action', { type: 'button', 'data-testid': 'group-float' });
  const maxBtn = h('button.group-action', { type: 'button', 'data-testid': 'group-maximize' });
  const element = h('div.group-actions', {}, floatBtn, maxBtn);
  const disposers: { dispose(): void }[] = [];
  const refresh = () => {
    const floating = group.api.location.type === 'floating';
    floatBtn.innerHTML = floating ? ICONS.dock : ICONS.float;
    floatBtn.title = floating ? 'Dock this group' : 'Float this group';
    floatBtn.setAttribute('aria-label', floatBtn.title);
    const maximized = !floating && group.api.isMaximized();
    maxBtn.hidden = floating;
    maxBtn.innerHTML = maximized ? ICONS.restore : ICONS.maximize;
    maxBtn.title = maximized ? 'Restore' : 'Maximize';
    maxBtn.setAttribute('aria-label', maxBtn.title);
  };
  return {
    element,
    init: (params) => {
      const container = params.containerApi;
      floatBtn.onclick = () => {
        if (group.api.location.type === 'floating') group.api.moveTo({ position: 'right' });
        else if (group.activePanel) container.addFloatingGroup(group);
        refresh();
      };
      maxBtn.onclick = () => {
        if (group.api.isMaximized()) group.api.exitMaximized();
        else group.api.maximize();
        refresh();
      };
      disposers.push(group.api.onDidLocationChange(refresh));
      disposers.push(container.onDidMaximizedGroupChange(refresh));
      refresh();
    },
    dispose: () => disposers.forEach((d) => d.dispose()),
  };
}
