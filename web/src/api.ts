// JSON helpers for the host's HTTP API (same origin), plus the shapes it returns.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The answer's body (parsed JSON when it was JSON), e.g. a 409's `dependents`. */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(path, init);
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!res.ok) {
    const detail =
      data && typeof data === 'object'
        ? ((data as any).detail ?? (data as any).error ?? (data as any).message ?? text)
        : text;
    throw new ApiError(`${method} ${path}: ${res.status} ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`, res.status, data);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};

export interface PluginInfo {
  id: string;
  name: string;
  version: string;
  description: string;
  source: string;
  routes: { methods: string[]; path: string }[];
  /** The plugin's `@router.websocket` routes (full paths). */
  websocket_routes: { path: string }[];
  tools: string[];
  channels: string[];
  facades: string[];
  /** What of the plugin was not served, or is unusual (it loaded all the same). */
  warnings?: string[];
  state?: 'enabled';
  /** Plugin ids it depends on (`requires=` on its manifest). */
  requires?: string[];
  /** The last failed reload: the version listed still serves. */
  last_error?: PluginFailure | null;
}
/** Where and why loading a plugin's new version failed. */
export interface PluginFailure {
  stage: 'import' | 'setup' | 'startup' | string;
  error: string;
  traceback?: string;
  file?: string | null;
  line?: number | null;
}
export interface PluginsResponse {
  plugins: PluginInfo[];
  errors: { source: string; error: string; plugin?: string; traceback?: string }[];
  /** Discovered but not imported; `by`: disabled by cascade from that plugin. */
  disabled?: { id: string; source: string; by: string | null }[];
  /** Not loaded because a dependency is missing or disabled, or in a cycle. */
  blocked?: { id: string; source: string; reason: string }[];
  /** Started with --locked: reload/enable/disable/rescan answer 403. */
  locked?: boolean;
  /** Dev mode (--reload). */
  reload?: boolean;
}

/** What changed between two versions of a plugin, per kind. */
export type PluginChanges = Partial<Record<'routes' | 'tools' | 'channels' | 'facades', { added: string[]; removed: string[] }>>;

/** `POST /api/plugins/{id}/reload` (200). */
export interface ReloadAnswer {
  ok: true;
  plugin: string;
  version: string;
  ms: number;
  reloaded: string[];
  changes: PluginChanges;
}

/** A 409 of `POST /api/plugins/{id}/disable` without cascade. */
export interface DependentsRefusal {
  ok: false;
  plugin: string;
  dependents: string[];
  detail?: string;
}

/** The `data` of a `system`/`plugins` frame, sent to every tab after each change. */
export interface PluginEvent {
  action: 'reloaded' | 'reload_failed' | 'enabled' | 'disabled' | 'added' | 'removed' | string;
  plugin: string;
  version?: string;
  ms?: number;
  changes?: PluginChanges;
  error?: string | null;
  stage?: string;
}

export interface ProviderTool {
  type?: string;
  function: {
    name: string;
    description: string;
    parameters?: { type?: string; properties?: Record<string, any>; required?: string[] };
  };
  source?: string;
  sideEffect?: boolean;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  layout: unknown;
}
export interface WorkspacesResponse {
  active: string | null;
  workspaces: WorkspaceRecord[];
}

export interface IoEvent {
  id: number;
  ts: number;
  source: 'inbound' | 'outbound' | 'ws' | string;
  method: string;
  target: string;
  status: number | null;
  duration_ms: number | null;
  request_bytes: number | null;
  response_bytes: number | null;
  error: string | null;
  request_headers: Record<string, string> | null;
  response_headers: Record<string, string> | null;
  request_body: string | null;
  response_body: string | null;
}
