// repl.console: a Python console on the host's `repl` channel. Each instance owns one REPL
// session (started on every (re)connection); cells stream stdout/stderr, end with a repr or a
// traceback, and can be interrupted. Enter runs (or continues an open block), Shift+Enter adds
// a line, Ctrl/Cmd+Enter always runs, Up/Down walk the shared history.

import { h } from '../dom';
import type { PaneDef, PaneInit, PaneView } from '../registry';
import { socket, type Frame } from '../socket';

const HISTORY_KEY = 'horrible.console.history';
const HISTORY_MAX = 300;

const sessions = new Map<string, ConsoleView>();

socket.on('repl', (frame: Frame) => {
  const id = frame.data?.id;
  if (typeof id !== 'string') return;
  sessions.get(id)?.handle(frame);
});
socket.onConnect(() => sessions.forEach((s) => s.startSession()));
socket.onState((state) => {
  if (state === 'disconnected') sessions.forEach((s) => s.connectionLost());
});

function loadHistory(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function saveHistory(history: string[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history.slice(-HISTORY_MAX)));
  } catch {
    /* storage full or disabled */
  }
}

/** Would Python want another line before this cell is complete? */
function needsContinuation(code: string): boolean {
  const lines = code.split('\n');
  const last = lines[lines.length - 1];
  if (/[:\\]\s*$/.test(last)) return true;
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (code.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (c === '#') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      quote = code.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  if (depth > 0 || (quote && quote.length === 3)) return true;
  // Inside an indented block, an empty line ends it.
  return lines.length > 1 && /^\s+\S/.test(last);
}

interface Cell {
  el: HTMLElement;
  out: HTMLElement;
}

class ConsoleView implements PaneView {
  readonly element: HTMLElement;
  private readonly output: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly statusEl: HTMLElement;
  private readonly interruptBtn: HTMLButtonElement;
  private readonly sessionId: string;
  private started = false;
  private pending: Cell[] = [];
  private history = loadHistory();
  private historyIndex = -1;
  private draft = '';

  constructor(init: PaneInit) {
    this.sessionId = `${init.instanceId}:${Math.random().toString(36).slice(2, 8)}`;
    this.output = h('div.console-output', { 'data-testid': 'console-output', role: 'log', 'aria-live': 'polite' });
    this.input = h('textarea.console-input', {
      'data-testid': 'console-input',
      rows: 1,
      spellcheck: 'false',
      autocomplete: 'off',
      autocapitalize: 'off',
      placeholder: 'Python — try dash.help()',
      'aria-label': 'Python input',
    });
    this.statusEl = h('span.console-status', { 'data-testid': 'console-status', 'data-state': 'idle', text: 'starting…' });
    this.interruptBtn = h('button.btn.btn-small', {
      type: 'button',
      'data-testid': 'console-interrupt',
      title: 'Interrupt the running cell (KeyboardInterrupt)',
      text: 'Interrupt',
      disabled: true,
      onclick: () => this.interrupt(),
    });
    const clearBtn = h('button.btn.btn-small.btn-ghost', {
      type: 'button',
      'data-testid': 'console-clear',
      title: 'Clear the output',
      text: 'Clear',
      onclick: () => this.clear(),
    });
    const runBtn = h('button.btn.btn-small.btn-primary', {
      type: 'button',
      'data-testid': 'console-run',
      title: 'Run (Enter)',
      text: 'Run',
      onclick: () => this.submit(),
    });
    this.element = h(
      'div.pane.console',
      {},
      h('div.pane-toolbar', {}, this.statusEl, h('span.toolbar-spacer'), this.interruptBtn, clearBtn),
      this.output,
      h('div.console-input-row', {}, h('span.console-prompt', { text: '>>>' }), this.input, runBtn),
    );
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('input', () => this.autosize());
    this.output.addEventListener('mouseup', () => {
      if (!window.getSelection()?.toString()) this.input.focus();
    });
    sessions.set(this.sessionId, this);
    if (socket.connected) this.startSession();
    else this.setStatus('offline', 'waiting for host…');
  }

  getContext() {
    return {
      sessionId: this.sessionId,
      running: this.pending.length > 0,
      input: this.input.value,
      cells: this.output.querySelectorAll('[data-testid="console-cell"]').length,
    };
  }

  focus(): void {
    this.input.focus();
  }

  onShow(): void {
    this.scrollToEnd(true);
  }

  dispose(): void {
    sessions.delete(this.sessionId);
    if (this.started) socket.send('repl', 'close', { id: this.sessionId });
  }

  // ---- session -------------------------------------------------------------------------

  startSession(): void {
    this.started = false;
    this.setStatus('starting', 'starting…');
    socket.send('repl', 'start', { id: this.sessionId });
  }

  connectionLost(): void {
    this.started = false;
    for (const cell of this.pending.splice(0)) {
      this.finishCell(cell, 'error');
      this.appendTo(cell, 'cell-error', 'connection to the host lost');
    }
    this.setStatus('offline', 'disconnected');
  }

  handle(frame: Frame): void {
    const d = frame.data ?? {};
    switch (frame.event) {
      case 'started':
        this.started = true;
        if (d.banner) this.output.append(h('div.console-banner', { text: String(d.banner) }));
        this.setStatus('idle', 'ready');
        this.scrollToEnd(true);
        break;
      case 'stdout':
      case 'stderr': {
        const cell = this.pending[0];
        const text = String(d.data ?? '');
        const last = cell?.out.lastElementChild;
        if (last && last.className === frame.event) last.append(text);
        else if (cell) cell.out.append(h('span', { class: frame.event, text }));
        else this.output.append(h('pre.console-stray', {}, h('span', { class: frame.event, text })));
        this.scrollToEnd();
        break;
      }
      case 'result': {
        const cell = this.pending.shift();
        if (!cell) break;
        if (d.ok === false || d.error) {
          this.appendTo(cell, 'cell-error', String(d.error ?? 'error'));
          this.finishCell(cell, 'error');
        } else {
          if (d.repr != null) this.appendTo(cell, 'cell-result', String(d.repr));
          this.finishCell(cell, 'ok');
        }
        this.updateRunning();
        break;
      }
      case 'error': {
        const message = String(d.message ?? 'error');
        const cell = this.pending.shift();
        if (cell) {
          this.appendTo(cell, 'cell-error', message);
          this.finishCell(cell, 'error');
        } else {
          this.output.append(h('div.console-notice.stderr', { text: message }));
        }
        if (/unknown session/.test(message)) this.startSession();
        this.updateRunning();
        break;
      }
      default:
        break;
    }
  }

  // ---- cells ---------------------------------------------------------------------------

  private submit(): void {
    const code = this.input.value;
    if (!code.trim()) return;
    if (this.history[this.history.length - 1] !== code) {
      this.history.push(code);
      saveHistory(this.history);
    }
    this.historyIndex = -1;
    this.input.value = '';
    this.autosize();
    this.run(code);
  }

  private run(code: string): void {
    const out = h('pre.cell-output', { 'data-testid': 'cell-output' });
    const el = h(
      'div.cell',
      { 'data-testid': 'console-cell', 'data-state': 'running' },
      h('pre.cell-input', {}, h('span.cell-prompt', { text: '>>> ' }), code.replace(/\n/g, '\n... ')),
      out,
    );
    this.output.append(el);
    const cell = { el, out };
    this.scrollToEnd(true);
    if (!this.started || !socket.send('repl', 'exec', { id: this.sessionId, code })) {
      this.appendTo(cell, 'cell-error', 'not connected to the host');
      this.finishCell(cell, 'error');
      return;
    }
    this.pending.push(cell);
    this.updateRunning();
  }

  private appendTo(cell: Cell, cls: string, text: string): void {
    cell.el.append(h(`pre.${cls}`, { 'data-testid': cls, text }));
    this.scrollToEnd();
  }

  private finishCell(cell: Cell, state: 'ok' | 'error'): void {
    cell.el.dataset.state = state;
    if (!cell.out.childNodes.length) cell.out.remove();
  }

  private interrupt(): void {
    if (this.pending.length) socket.send('repl', 'interrupt', { id: this.sessionId });
  }

  private clear(): void {
    for (const el of [...this.output.children]) {
      if ((el as HTMLElement).dataset.state !== 'running') el.remove();
    }
  }

  private updateRunning(): void {
    const running = this.pending.length > 0;
    this.interruptBtn.disabled = !running;
    if (this.started) this.setStatus(running ? 'running' : 'idle', running ? 'running…' : 'ready');
  }

  private setStatus(state: string, text: string): void {
    this.statusEl.dataset.state = state;
    this.statusEl.textContent = text;
  }

  // ---- input ---------------------------------------------------------------------------

  private onKey(e: KeyboardEvent): void {
    const ta = this.input;
    if (e.key === 'Enter') {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        this.submit();
      } else if (!e.shiftKey && !needsContinuation(ta.value)) {
        e.preventDefault();
        this.submit();
      } else if (!e.shiftKey) {
        e.preventDefault();
        const before = ta.value.slice(0, ta.selectionStart);
        const line = before.slice(before.lastIndexOf('\n') + 1);
        let indent = /^\s*/.exec(line)?.[0] ?? '';
        if (/:\s*$/.test(line)) indent += '    ';
        ta.setRangeText(`\n${indent}`, ta.selectionStart, ta.selectionEnd, 'end');
        this.autosize();
      }
    } else if (e.key === 'ArrowUp' && !ta.value.slice(0, ta.selectionStart).includes('\n')) {
      if (this.walkHistory(-1)) e.preventDefault();
    } else if (e.key === 'ArrowDown' && !ta.value.slice(ta.selectionEnd).includes('\n')) {
      if (this.walkHistory(1)) e.preventDefault();
    } else if (e.key === 'c' && e.ctrlKey && !ta.value.slice(ta.selectionStart, ta.selectionEnd)) {
      if (this.pending.length) {
        e.preventDefault();
        this.interrupt();
      }
    } else if (e.key === 'l' && e.ctrlKey) {
      e.preventDefault();
      this.clear();
    } else if (e.key === 'Tab' && !e.shiftKey) {
      e.preventDefault();
      ta.setRangeText('    ', ta.selectionStart, ta.selectionEnd, 'end');
    }
  }

  private walkHistory(step: number): boolean {
    if (!this.history.length) return false;
    if (this.historyIndex === -1) {
      if (step > 0) return false;
      this.draft = this.input.value;
      this.historyIndex = this.history.length;
    }
    const next = this.historyIndex + step;
    if (next < 0) return true;
    if (next >= this.history.length) {
      this.historyIndex = -1;
      this.input.value = this.draft;
    } else {
      this.historyIndex = next;
      this.input.value = this.history[next];
    }
    this.autosize();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
    return true;
  }

  private autosize(): void {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 240)}px`;
  }

  private scrollToEnd(force = false): void {
    const o = this.output;
    const nearBottom = o.scrollHeight - o.scrollTop - o.clientHeight < 80;
    if (force || nearBottom) requestAnimationFrame(() => (o.scrollTop = o.scrollHeight));
  }
}

export const consolePane: PaneDef = {
  id: 'repl.console',
  title: 'Console',
  description: 'Python REPL with dash',
  hasContext: true,
  create: (init) => new ConsoleView(init),
};
