// Entry point: registers the panes, restores the workspaces, connects the socket (agent,
// repl relay, telemetry), and wires the top bar (add-pane menu, connection indicator).
// `window.__horrible` exposes read-only helpers for tests and debugging.

import './generated/dockview.css';
import './style.css';
import { startAgentChannel } from './agent';
import { h } from './dom';
import { LayoutController } from './layout';
import { consolePane } from './panes/console';
import { editorPane } from './panes/editor';
import { observabilityPane } from './panes/observability';
import { pluginsPane } from './panes/plugins';
import { scratchPane } from './panes/scratch';
import { settingsPane } from './panes/settings';
import { toolsPane } from './panes/tools';
import { allPanes, instances, registerPane } from './registry';
import { socket, type ConnState } from './socket';
import { telemetry, startTelemetry } from './telemetry';
import { startPluginToasts } from './toast';
import { createExecutor } from './tool-exec';
import { WorkspaceManager } from './workspaces';

for (const def of [consolePane, settingsPane, observabilityPane, pluginsPane, toolsPane, editorPane, scratchPane]) registerPane(def);

const tabsEl = document.querySelector<HTMLElement>('[data-testid="workspace-tabs"]')!;
const viewsEl = document.querySelector<HTMLElement>('[data-testid="workspaces"]')!;
const actionsEl = document.querySelector<HTMLElement>('.topbar-actions')!;
const connEl = document.querySelector<HTMLElement>('[data-testid="connection-status"]')!;

const workspaces = new WorkspaceManager(tabsEl, viewsEl);
const layout = new LayoutController(workspaces);
const executeTool = createExecutor(layout);

// ---- add-pane menu ---------------------------------------------------------------------

function buildAddPaneMenu(): void {
  const menu = h('div.menu', { role: 'menu', hidden: true, 'data-testid': 'add-pane-menu' });
  for (const def of allPanes()) {
    menu.append(
      h(
        'button.menu-item',
        {
          type: 'button',
          role: 'menuitem',
          'data-open-pane': def.id,
          onclick: () => {
            menu.hidden = true;
            workspaces.openPane(def.id);
          },
        },
        h('span.menu-item-title', { text: def.title }),
        h('code.menu-item-id', { text: def.id }),
      ),
    );
  }
  const button = h('button.btn.btn-small', {
    type: 'button',
    'data-testid': 'add-pane',
    'aria-haspopup': 'menu',
    text: '+ Pane',
    onclick: (e: Event) => {
      e.stopPropagation();
      menu.hidden = !menu.hidden;
    },
  });
  document.addEventListener('click', () => (menu.hidden = true));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') menu.hidden = true;
  });
  actionsEl.append(h('div.menu-anchor', {}, button, menu));
}

// ---- connection indicator --------------------------------------------------------------

const banner = h(
  'div.disconnected-banner',
  { 'data-testid': 'disconnected-banner', role: 'status', hidden: true },
  h('span.conn-dot'),
  h('span.banner-text'),
  h('button.btn.btn-small', { type: 'button', text: 'Retry now', onclick: () => socket.retryNow() }),
);
document.body.append(banner);
let countdown: ReturnType<typeof setInterval> | undefined;

function showConnState(state: ConnState): void {
  const label = connEl.querySelector('.conn-label')!;
  connEl.dataset.state = state;
  clearInterval(countdown);
  if (state === 'connected') {
    label.textContent = 'Connected';
    connEl.title = `Connected to the host${socket.serverVersion ? ` (v${socket.serverVersion})` : ''}`;
    banner.hidden = true;
    return;
  }
  if (state === 'connecting') {
    label.textContent = 'Connecting';
    connEl.title = 'Connecting to the host…';
    return;
  }
  label.textContent = 'Disconnected';
  connEl.title = 'The host is not reachable; reconnecting automatically';
  banner.hidden = false;
  const text = banner.querySelector('.banner-text')!;
  const tick = () => {
    const secs = Math.max(0, Math.ceil((socket.nextRetryAt - Date.now()) / 1000));
    text.textContent = `Disconnected from the host — reconnecting${secs > 0 ? ` in ${secs}s` : '…'}`;
  };
  tick();
  countdown = setInterval(tick, 500);
}

// ---- boot ------------------------------------------------------------------------------

declare global {
  interface Window {
    __horrible: Record<string, unknown>;
  }
}

window.__horrible = Object.freeze({
  /** The active workspace's dockview layout (toJSON()). */
  layout: () => workspaces.dock.toJSON(),
  activeWorkspace: () => workspaces.activeId,
  workspaces: () => workspaces.list.map((w) => ({ id: w.id, name: w.name })),
  openPanes: () => layout.openPanes(),
  instanceIds: () => [...instances.keys()],
  connected: () => socket.connected,
  ioCount: () => telemetry.events.length,
  serverVersion: () => socket.serverVersion,
});

async function boot(): Promise<void> {
  buildAddPaneMenu();
  socket.onState(showConnState);
  startTelemetry(socket);
  startAgentChannel(socket, executeTool);
  startPluginToasts(socket);
  await workspaces.init();
  document.body.dataset.ready = 'true';
  socket.start();
}

void boot();
