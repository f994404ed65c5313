// The shared tool executor: every browser tool of protocol.md section 7, used by both the
// REPL relay (`repl` tool_call from `dash.*`) and the agent channel, so the two never drift.
// `BROWSER_TOOLS` is also the manifest the page sends on the agent channel.

import type { LayoutController } from './layout';

export interface ToolSpec {
  name: string;
  description: string;
  params: { type: 'object'; properties: Record<string, unknown>; required: string[] };
  sideEffect: boolean;
  specifierTemplate: string | null;
  kind: 'ui';
}

const str = (description: string) => ({ type: 'string', description });
const num = (description: string) => ({ type: 'number', description });
const DIR4 = { type: 'string', enum: ['left', 'right', 'above', 'below'], description: 'where the new pane goes' };
const DIR5 = { type: 'string', enum: ['left', 'right', 'above', 'below', 'within'], description: 'where, relative to reference' };

function tool(name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolSpec {
  return { name, description, params: { type: 'object', properties, required }, sideEffect: false, specifierTemplate: null, kind: 'ui' };
}

export const BROWSER_TOOLS: ToolSpec[] = [
  tool('list_available_panes', 'List every pane that can be opened.'),
  tool('list_open_panes', 'List the panes open in the active workspace, with their instance ids.'),
  tool('get_pane_context', "Read a live pane's state snapshot (e.g. the editor's text and selection).", { instanceId: str('instance id from list_open_panes') }, ['instanceId']),
  tool('open_pane', 'Open a pane by id in the active workspace.', { id: str('pane id, e.g. settings.home') }, ['id']),
  tool('close_pane', 'Close the most recently opened instance of a pane id.', { id: str('pane id') }, ['id']),
  tool('get_pane_group', 'The panel group a pane id belongs to.', { id: str('pane id') }, ['id']),
  tool('list_workspaces', 'List the workspaces and the active one.'),
  tool('create_workspace', 'Create a workspace and switch to it.', { name: str('workspace name') }, ['name']),
  tool('switch_workspace', 'Switch to a workspace.', { id: str('workspace id') }, ['id']),
  tool('split_pane', 'Split next to a pane, opening paneId (or a duplicate) in the new region.', { instanceId: str('pane instance id'), direction: DIR4, paneId: str('pane id to open (optional)') }, ['instanceId', 'direction']),
  tool('move_pane', 'Move a pane next to (or into the group of) another pane.', { instanceId: str('pane to move'), reference: str('instance id of the reference pane'), direction: DIR5 }, ['instanceId', 'reference', 'direction']),
  tool('resize_pane', "Resize a pane's group, in pixels.", { instanceId: str('pane instance id'), width: num('width in px'), height: num('height in px') }, ['instanceId']),
  tool('float_pane', 'Pop a pane out into a floating window.', { instanceId: str('pane instance id') }, ['instanceId']),
  tool('dock_pane', 'Dock a floating pane back into the grid.', { instanceId: str('pane instance id') }, ['instanceId']),
  tool('maximize_pane', "Maximize a pane's group to fill the workspace.", { instanceId: str('pane instance id') }, ['instanceId']),
  tool('restore_pane', 'Restore a maximized pane.', { instanceId: str('pane instance id') }, ['instanceId']),
];

export type ToolArgs = Record<string, any>;

export function createExecutor(layout: LayoutController) {
  const table: Record<string, (a: ToolArgs) => unknown> = {
    list_available_panes: () => layout.availablePanes(),
    list_open_panes: () => layout.openPanes(),
    get_pane_context: (a) => layout.context(a.instanceId ?? a.instance_id),
    open_pane: (a) => layout.open(a.id ?? a.pane_id ?? a.paneId),
    close_pane: (a) => layout.close(a.id ?? a.pane_id ?? a.paneId),
    get_pane_group: (a) => layout.group(a.id),
    list_workspaces: () => layout.listWorkspaces(),
    create_workspace: (a) => layout.createWorkspace(a.name),
    switch_workspace: (a) => layout.switchWorkspace(a.id ?? a.workspace_id ?? a.workspaceId),
    split_pane: (a) => layout.split(a.instanceId ?? a.instance_id, a.direction, a.paneId ?? a.view_id ?? a.viewId),
    move_pane: (a) => layout.move(a.instanceId ?? a.instance_id, a.reference, a.direction),
    resize_pane: (a) => layout.resize(a.instanceId ?? a.instance_id, a.width, a.height),
    float_pane: (a) => layout.float(a.instanceId ?? a.instance_id),
    dock_pane: (a) => layout.dockPane(a.instanceId ?? a.instance_id),
    maximize_pane: (a) => layout.maximize(a.instanceId ?? a.instance_id),
    restore_pane: (a) => layout.restore(a.instanceId ?? a.instance_id),
  };

  /** Run one tool. Failures come back as `{error}` values; only a bug throws. */
  return async function executeTool(name: string, args: unknown): Promise<unknown> {
    const fn = table[name];
    if (!fn) return { error: `unknown tool: ${name}` };
    const a = args && typeof args === 'object' && !Array.isArray(args) ? (args as ToolArgs) : {};
    return await fn(a);
  };
}

export type ExecuteTool = ReturnType<typeof createExecutor>;
