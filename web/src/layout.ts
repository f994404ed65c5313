// Layout verbs on the active workspace's dockview: list/open/close panes, split, move, resize,
// float/dock, maximize/restore. Each returns its tool's result as catalog/browser-tools.json
// declares it (failures are values: `{error}`; tsc checks the types), so the tool executor can
// hand them straight back.

import type { DockviewApi, IDockviewPanel, Position } from 'dockview-core';
import type { BrowserToolArgs, BrowserToolResult as R } from './browser-tools';
import { allPanes, instanceNumber, instances, paneDef, paneIdOf } from './registry';
import type { WorkspaceManager } from './workspaces';

type Side = 'left' | 'right' | 'above' | 'below';

// Every direction the catalog's enums allow, and nothing else (tsc checks both ways).
const SPLIT_DIRECTIONS: Record<BrowserToolArgs<'split_pane'>['direction'], Side> = {
  left: 'left',
  right: 'right',
  above: 'above',
  below: 'below',
  up: 'above',
  down: 'below',
  top: 'above',
  bottom: 'below',
  vertical: 'right',
  horizontal: 'below',
};

const MOVE_POSITIONS: Record<BrowserToolArgs<'move_pane'>['direction'], Position> = {
  left: 'left',
  right: 'right',
  above: 'top',
  below: 'bottom',
  up: 'top',
  down: 'bottom',
  top: 'top',
  bottom: 'bottom',
  within: 'center',
  center: 'center',
};

/** A direction argument's entry in one of the tables above (case-insensitive), or undefined. */
function lookup<K extends string, V>(table: Record<K, V>, key: unknown): V | undefined {
  const k = String(key ?? '').toLowerCase();
  return Object.hasOwn(table, k) ? table[k as K] : undefined;
}

export class LayoutController {
  constructor(private readonly workspaces: WorkspaceManager) {}

  private get dock(): DockviewApi {
    return this.workspaces.dock;
  }

  private panel(instanceId: unknown): IDockviewPanel | { error: string } {
    if (typeof instanceId !== 'string' || !instanceId) return { error: 'instanceId is required' };
    const panel = this.dock.getPanel(instanceId);
    if (!panel) return { error: `no open pane with instanceId ${instanceId}` };
    return panel;
  }

  availablePanes(): R<'list_available_panes'> {
    return { panels: allPanes().map((d) => ({ id: d.id, title: d.title })), widgets: [] };
  }

  openPanes(): R<'list_open_panes'> {
    const panes = this.dock.panels.map((p) => {
      const paneId = p.api.component;
      return {
        id: paneId,
        instanceId: p.id,
        title: p.title ?? paneDef(paneId)?.title ?? paneId,
        hasContext: !!paneDef(paneId)?.hasContext,
      };
    });
    return { panes };
  }

  context(instanceId: unknown): R<'get_pane_context'> {
    if (typeof instanceId !== 'string' || !instanceId) return { error: 'instanceId is required' };
    const live = instances.get(instanceId);
    if (!live) return { error: `no open pane with instanceId ${instanceId}` };
    if (!live.view.getContext) return { error: `pane ${live.paneId} exposes no context` };
    return { context: live.view.getContext() ?? null };
  }

  open(paneId: unknown): R<'open_pane'> {
    const id = String(paneId ?? '');
    this.workspaces.openPane(id);
    return { ok: true, opened: id };
  }

  /** Close the most recent instance of a pane id (or exactly the instance, given an instanceId). */
  close(paneId: unknown): R<'close_pane'> {
    const id = String(paneId ?? '');
    const exact = id.includes('#') ? this.dock.getPanel(id) : undefined;
    const candidates = exact ? [exact] : this.dock.panels.filter((p) => p.api.component === id);
    if (candidates.length === 0) return { closed: false };
    const newest = candidates.reduce((a, b) => (instanceNumber(b.id) > instanceNumber(a.id) ? b : a));
    newest.api.close();
    return { closed: true };
  }

  group(paneId: unknown): R<'get_pane_group'> {
    void paneId;
    return { groupId: null };
  }

  split(instanceId: unknown, direction: unknown, paneId?: unknown): R<'split_pane'> {
    const ref = this.panel(instanceId);
    if ('error' in ref) return ref;
    const side = lookup(SPLIT_DIRECTIONS, direction);
    if (!side) return { error: `bad direction ${JSON.stringify(direction)}: use left, right, above or below` };
    const newPaneId = paneId == null || paneId === '' ? paneIdOf(ref.id) : String(paneId);
    if (!paneDef(newPaneId)) return { error: `unknown pane id ${newPaneId}` };
    const panel = this.workspaces.addInstance(this.dock, newPaneId, { referencePanel: ref, direction: side });
    return { ok: true, newInstanceId: panel.id };
  }

  move(instanceId: unknown, reference: unknown, direction: unknown): R<'move_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    const ref = this.panel(reference);
    if ('error' in ref) return { error: `reference: ${ref.error}` };
    const position = lookup(MOVE_POSITIONS, direction);
    if (!position) return { error: `bad direction ${JSON.stringify(direction)}: use left, right, above, below or within` };
    if (panel.id === ref.id) return { error: 'cannot move a pane relative to itself' };
    if (panel.group === ref.group && position !== 'center' && panel.group.panels.length === 1) {
      return { error: 'both panes are in the same group; nothing to move' };
    }
    panel.api.moveTo({ group: ref.group, position });
    return { ok: true };
  }

  resize(instanceId: unknown, width: unknown, height: unknown): R<'resize_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    const size: { width?: number; height?: number } = {};
    if (width != null) {
      if (typeof width !== 'number' || !(width > 0)) return { error: 'width must be a positive number of pixels' };
      size.width = Math.round(width);
    }
    if (height != null) {
      if (typeof height !== 'number' || !(height > 0)) return { error: 'height must be a positive number of pixels' };
      size.height = Math.round(height);
    }
    if (size.width === undefined && size.height === undefined) return { error: 'give width and/or height' };
    panel.group.api.setSize(size);
    return { ok: true };
  }

  float(instanceId: unknown): R<'float_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    if (panel.group.api.location.type === 'floating') return { ok: true };
    if (this.dock.hasMaximizedGroup()) this.dock.exitMaximizedGroup();
    const w = this.dock.width;
    const hgt = this.dock.height;
    const width = Math.round(Math.min(560, Math.max(280, w * 0.45)));
    const height = Math.round(Math.min(380, Math.max(200, hgt * 0.5)));
    this.dock.addFloatingGroup(panel, {
      x: Math.max(16, Math.round((w - width) / 2)),
      y: Math.max(16, Math.round((hgt - height) / 3)),
      width,
      height,
    });
    return { ok: true };
  }

  dockPane(instanceId: unknown): R<'dock_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    if (panel.group.api.location.type === 'grid') return { ok: true };
    const target = this.dock.addGroup({ direction: 'right' });
    panel.api.moveTo({ group: target, position: 'center' });
    return { ok: true };
  }

  maximize(instanceId: unknown): R<'maximize_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    if (panel.group.api.location.type !== 'grid') return { error: 'only a docked pane can be maximized; dock it first' };
    panel.api.setActive();
    if (!panel.api.isMaximized()) panel.api.maximize();
    return { ok: true };
  }

  restore(instanceId: unknown): R<'restore_pane'> {
    const panel = this.panel(instanceId);
    if ('error' in panel) return panel;
    if (panel.api.isMaximized()) panel.api.exitMaximized();
    else if (this.dock.hasMaximizedGroup()) this.dock.exitMaximizedGroup();
    return { ok: true };
  }

  // ---- workspaces ------------------------------------------------------------------------

  listWorkspaces(): R<'list_workspaces'> {
    return {
      active: this.workspaces.activeId,
      workspaces: this.workspaces.list.map((w) => ({ id: w.id, name: w.name })),
    };
  }

  createWorkspace(name: unknown): R<'create_workspace'> {
    const ws = this.workspaces.create(typeof name === 'string' ? name : undefined);
    return { id: ws.id, name: ws.name };
  }

  switchWorkspace(id: unknown): R<'switch_workspace'> {
    const ws = this.workspaces.findByIdOrName(String(id ?? ''));
    if (!ws) return { error: `unknown workspace ${JSON.stringify(id)}` };
    this.workspaces.activate(ws.id);
    return { ok: true, switched: ws.id };
  }
}
