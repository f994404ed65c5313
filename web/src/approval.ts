// The approval dialog for the permission gate: one modal per `approval_request`, queued when
// several arrive, answered with Allow once / Always allow / Deny (Escape denies).

import { h } from './dom';

export interface ApprovalRequest {
  turnId?: string | null;
  approvalId: string;
  tool: string;
  specifier?: string | null;
  mode?: string | null;
}
export type Decision = 'allow_once' | 'allow_always' | 'deny';

interface Pending {
  request: ApprovalRequest;
  resolve: (decision: Decision) => void;
}

const queue: Pending[] = [];
let current: { pending: Pending; el: HTMLElement } | null = null;

/** Ask the user; resolves with their decision. */
export function askApproval(request: ApprovalRequest): Promise<Decision> {
  return new Promise((resolve) => {
    queue.push({ request, resolve });
    if (!current) showNext();
  });
}

/** Drop a pending request (e.g. the host went away); it resolves as a deny. */
export function cancelAllApprovals(): void {
  for (const p of queue.splice(0)) p.resolve('deny');
  if (current) finish('deny');
}

function finish(decision: Decision): void {
  if (!current) return;
  const { pending, el } = current;
  current = null;
  el.remove();
  document.removeEventListener('keydown', onKey, true);
  pending.resolve(decision);
  showNext();
}

function onKey(e: KeyboardEvent): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    finish('deny');
  }
}

function showNext(): void {
  const pending = queue.shift();
  if (!pending) return;
  const { request } = pending;
  const rule = request.specifier ? `${request.tool}(${request.specifier})` : request.tool;
  const button = (label: string, decision: Decision, testid: string, cls: string) =>
    h(`button.btn.${cls}`, { type: 'button', 'data-testid': testid, 'data-decision': decision, text: label, onclick: () => finish(decision) });
  const allowOnce = button('Allow once', 'allow_once', 'approval-allow-once', 'btn-primary');
  const dialog = h(
    'div.modal',
    {
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'approval-title',
      'data-testid': 'approval-dialog',
      'data-approval-id': request.approvalId,
      'data-tool': request.tool,
    },
    h('div.modal-kicker', { text: 'Permission request' }),
    h('h2.modal-title', { id: 'approval-title', text: 'Allow this tool call?' }),
    h(
      'dl.modal-facts',
      {},
      h('dt', { text: 'Tool' }),
      h('dd', {}, h('code', { 'data-testid': 'approval-tool', text: request.tool })),
      h('dt', { text: 'Argument' }),
      h('dd', {}, request.specifier ? h('code', { 'data-testid': 'approval-specifier', text: request.specifier }) : h('span.muted', { text: '—' })),
      h('dt', { text: 'Mode' }),
      h('dd', { text: request.mode || 'default' }),
    ),
    h('p.modal-note', { text: `“Always allow” adds the rule ${rule} to agent.permissions.allow.` }),
    h(
      'div.modal-actions',
      {},
      button('Deny', 'deny', 'approval-deny', 'btn-danger'),
      button('Always allow', 'allow_always', 'approval-allow-always', 'btn-secondary'),
      allowOnce,
    ),
  );
  const backdrop = h('div.modal-backdrop', { 'data-testid': 'approval-backdrop' }, dialog);
  (document.getElementById('overlays') ?? document.body).append(backdrop);
  current = { pending, el: backdrop };
  document.addEventListener('keydown', onKey, true);
  allowOnce.focus();
}
