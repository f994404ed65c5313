// The shared tool executor: every browser tool of protocol.md section 7, used by both the
// REPL relay (`repl` tool_call from `dash.*`) and the agent channel, so the two never drift.
// The tools themselves (names, descriptions, argument and result schemas) are
// catalog/browser-tools.json; the table below is keyed by its names, and an implementation may
// read only the parameters its JSON entry declares and must return its declared result, so tsc
// fails when the two disagree.

import type { BrowserToolArgs, BrowserToolName, BrowserToolResult } from './browser-tools';
import type { LayoutController } from './layout';

/** A tool's arguments as they arrive: only its declared parameters, their values unchecked. */
type ToolArgs<N extends BrowserToolName> = { readonly [K in keyof BrowserToolArgs<N>]?: unknown };
type Implementation<N extends BrowserToolName> = (args: ToolArgs<N>) => BrowserToolResult<N> | Promise<BrowserToolResult<N>>;

export function createExecutor(layout: LayoutController) {
  const table: { [N in BrowserToolName]: Implementation<N> } = {
    list_available_panes: () => layout.availablePanes(),
    list_open_panes: () => layout.openPanes(),
    get_pane_context: (a) => layout.context(a.instanceId),
    open_pane: (a) => layout.open(a.id),
    close_pane: (a) => layout.close(a.id),
    get_pane_group: (a) => layout.group(a.id),
    list_workspaces: () => layout.listWorkspaces(),
    create_workspace: (a) => layout.createWorkspace(a.name),
    switch_workspace: (a) => layout.switchWorkspace(a.id),
    split_pane: (a) => layout.split(a.instanceId, a.direction, a.paneId),
    move_pane: (a) => layout.move(a.instanceId, a.reference, a.direction),
    resize_pane: (a) => layout.resize(a.instanceId, a.width, a.height),
    float_pane: (a) => layout.float(a.instanceId),
    dock_pane: (a) => layout.dockPane(a.instanceId),
    maximize_pane: (a) => layout.maximize(a.instanceId),
    restore_pane: (a) => layout.restore(a.instanceId),
  };

  /** Run one tool. Failures come back as `{error}` values; only a bug throws. */
  return async function executeTool(name: string, args: unknown): Promise<unknown> {
    if (!Object.hasOwn(table, name)) return { error: `unknown tool: ${name}` };
    const fn = table[name as BrowserToolName] as (a: Record<string, unknown>) => unknown;
    const a = args && typeof args === 'object' && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
    return await fn(a);
  };
}

export type ExecuteTool = ReturnType<typeof createExecutor>;
