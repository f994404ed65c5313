// Short-lived notices in the bottom-right corner, and the one on every plugin change: each
// `system`/`plugins` frame (a reload, a failed reload, enable, disable, install, uninstall)
// becomes "ping 1.2.0 reloaded in 12 ms (+1 route)" or "ping reload failed: ValueError: boom".

import type { PluginChanges, PluginEvent } from './api';
import type { HostSocket } from './socket';

export type ToastKind = 'info' | 'error';

/** Shows `message` for `ms` milliseconds; returns the element (tests find it by `testid`). */
export function toast(message: string, kind: ToastKind = 'info', ms = 4000, testid = 'toast'): HTMLElement {
  let host = document.querySelector<HTMLElement>('.toasts');
  if (!host) {
    host = document.createElement('div');
    host.className = 'toasts';
    host.setAttribute('aria-live', 'polite');
    document.body.append(host);
  }
  const el = document.createElement('div');
  el.className = `toast toast-${kind}`;
  el.dataset.testid = testid;
  el.textContent = message;
  host.append(el);
  setTimeout(() => el.remove(), ms);
  return el;
}

const KINDS = [
  ['routes', 'route'],
  ['tools', 'tool'],
  ['channels', 'channel'],
  ['facades', 'facade'],
] as const;

/** "+1 route, -2 tools" (empty when nothing was added or removed). */
export function changeSummary(changes: PluginChanges | undefined): string {
  const parts: string[] = [];
  for (const [kind, one] of KINDS) {
    for (const [key, sign] of [['added', '+'], ['removed', '-']] as const) {
      const n = changes?.[kind]?.[key]?.length ?? 0;
      if (n) parts.push(`${sign}${n} ${one}${n === 1 ? '' : 's'}`);
    }
  }
  return parts.join(', ');
}

/** The one line a plugin change is announced with, and whether it is an error. */
export function pluginEventText(e: PluginEvent): { text: string; kind: ToastKind } {
  const name = e.version ? `${e.plugin} ${e.version}` : e.plugin;
  const summary = changeSummary(e.changes);
  const tail = summary ? ` (${summary})` : '';
  switch (e.action) {
    case 'reloaded':
      return { text: `${name} reloaded${typeof e.ms === 'number' ? ` in ${Math.round(e.ms)} ms` : ''}${tail}`, kind: 'info' };
    case 'reload_failed':
      return { text: `${e.plugin} reload failed: ${e.error ?? 'unknown error'}`, kind: 'error' };
    case 'enabled':
    case 'disabled':
    case 'added':
    case 'removed':
      return { text: `${name} ${e.action}${tail}`, kind: e.error ? 'error' : 'info' };
    default:
      return { text: `${name}: ${e.action}${e.error ? `: ${e.error}` : ''}`, kind: e.error ? 'error' : 'info' };
  }
}

/** Toasts every plugin change the host announces. */
export function startPluginToasts(socket: HostSocket): void {
  socket.on('system', (frame) => {
    if (frame.event !== 'plugins' || !frame.data || typeof frame.data.plugin !== 'string') return;
    const { text, kind } = pluginEventText(frame.data as PluginEvent);
    const el = toast(text, kind, kind === 'error' ? 8000 : 4000, 'plugin-toast');
    el.dataset.action = String(frame.data.action);
    el.dataset.pluginId = frame.data.plugin;
  });
}
