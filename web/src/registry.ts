// The pane registry: which pane kinds exist (id, title, factory) and which instances are live.
// A pane instance is identified by `<paneId>#<n>` (e.g. `repl.console#1`); n counts up per pane
// id for the whole page, so an instance id is never reused while the page lives.

export interface PaneInit {
  paneId: string;
  instanceId: string;
  /** Persisted per-instance parameters (stored in the workspace layout). */
  params: Record<string, unknown>;
  /** Merge into the persisted parameters and schedule a layout save. */
  setParams(patch: Record<string, unknown>): void;
  /** Change the tab title of this instance. */
  setTitle(title: string): void;
}

export interface PaneView {
  element: HTMLElement;
  /** The agent-readable state snapshot (`dash.context`). Absent: no context. */
  getContext?(): unknown;
  onShow?(): void;
  focus?(): void;
  dispose?(): void;
}

export interface PaneDef {
  id: string;
  title: string;
  description: string;
  /** Several instances may be opened with `open_pane` (others focus the existing one). */
  multi?: boolean;
  hasContext?: boolean;
  create(init: PaneInit): PaneView;
}

const defs = new Map<string, PaneDef>();
const counters = new Map<string, number>();

export interface LiveInstance {
  paneId: string;
  instanceId: string;
  workspaceId: string;
  view: PaneView;
}
export const instances = new Map<string, LiveInstance>();

export function registerPane(def: PaneDef): void {
  defs.set(def.id, def);
}

export function paneDef(id: string): PaneDef | undefined {
  return defs.get(id);
}

export function allPanes(): PaneDef[] {
  return [...defs.values()];
}

/** The pane id of an instance id (`scratch.note#3` → `scratch.note`). */
export function paneIdOf(instanceId: string): string {
  const hash = instanceId.lastIndexOf('#');
  return hash > 0 ? instanceId.slice(0, hash) : instanceId;
}

export function instanceNumber(instanceId: string): number {
  const n = Number(instanceId.slice(instanceId.lastIndexOf('#') + 1));
  return Number.isFinite(n) ? n : 0;
}

export function nextInstanceId(paneId: string): string {
  const n = (counters.get(paneId) ?? 0) + 1;
  counters.set(paneId, n);
  return `${paneId}#${n}`;
}

/** Make sure freshly allocated ids never collide with ids restored from a saved layout. */
export function noteExistingInstanceId(instanceId: string): void {
  const paneId = paneIdOf(instanceId);
  const n = instanceNumber(instanceId);
  if (n > (counters.get(paneId) ?? 0)) counters.set(paneId, n);
}
