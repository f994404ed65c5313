// observability.io: a live table of IoEvents (HTTP in/out and /ws frames) from the telemetry
// channel, newest at the top, with filters (source, text, errors only), pause, and a detail
// view of headers and bodies for the selected row.

import type { IoEvent } from '../api';
import { formatJson, h } from '../dom';
import type { PaneDef, PaneView } from '../registry';
import { telemetry } from '../telemetry';

const MAX_ROWS = 500;

function isError(e: IoEvent): boolean {
  return !!e.error || (typeof e.status === 'number' && e.status >= 400);
}

function fmtTime(ts: number): string {
  const d = new Date(ts * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function fmtBytes(n: number | null): string {
  if (n == null) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

class ObservabilityView implements PaneView {
  readonly element: HTMLElement;
  private readonly tbody: HTMLTableSectionElement;
  private readonly source: HTMLSelectElement;
  private readonly search: HTMLInputElement;
  private readonly errorsOnly: HTMLInputElement;
  private readonly pauseBtn: HTMLButtonElement;
  private readonly countEl: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly empty: HTMLElement;
  private paused = false;
  private selected: number | null = null;
  private unsubscribe: () => void;

  constructor() {
    this.source = h(
      'select.input',
      { 'aria-label': 'Source', 'data-testid': 'io-filter-source' },
      h('option', { value: '', text: 'All sources' }),
      h('option', { value: 'inbound', text: 'Inbound HTTP' }),
      h('option', { value: 'outbound', text: 'Outbound HTTP' }),
      h('option', { value: 'ws', text: 'WebSocket' }),
    );
    this.search = h('input.input.input-search', { type: 'search', placeholder: 'Filter method / target', 'aria-label': 'Filter', 'data-testid': 'io-filter-text' });
    this.errorsOnly = h('input', { type: 'checkbox', 'data-testid': 'io-filter-errors' });
    this.pauseBtn = h('button.btn.btn-small.btn-ghost', { type: 'button', text: 'Pause', 'data-testid': 'io-pause', onclick: () => this.togglePause() });
    this.countEl = h('span.muted.io-count', { 'data-testid': 'io-count' });
    this.tbody = h('tbody', { 'data-testid': 'io-rows' });
    this.empty = h('div.empty-state', { text: 'No I/O yet. Requests and socket frames appear here as they happen.' });
    this.detail = h('div.io-detail', { hidden: true, 'data-testid': 'io-detail' });
    for (const el of [this.source, this.search, this.errorsOnly]) el.addEventListener('input', () => this.renderAll());
    const table = h(
      'table.io-table',
      { 'data-testid': 'io-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['#', 'Time', 'Source', 'Method', 'Target', 'Status', 'ms', 'Size'].map((t) => h('th', { text: t })),
        ),
      ),
      this.tbody,
    );
    this.tbody.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-io-id]');
      if (row) this.select(Number(row.dataset.ioId));
    });
    this.element = h(
      'div.pane.observability',
      {},
      h(
        'div.pane-toolbar',
        {},
        this.source,
        this.search,
        h('label.check', {}, this.errorsOnly, ' Errors only'),
        h('span.toolbar-spacer'),
        this.countEl,
        this.pauseBtn,
      ),
      h('div.pane-scroll.io-scroll', {}, table, this.empty),
      this.detail,
    );
    this.unsubscribe = telemetry.subscribe((added, reset) => {
      if (reset) this.renderAll();
      else if (!this.paused) this.prepend(added);
    });
    this.renderAll();
  }

  getContext() {
    return {
      filters: { source: this.source.value || null, text: this.search.value || null, errorsOnly: this.errorsOnly.checked },
      shown: this.tbody.rows.length,
      paused: this.paused,
    };
  }

  dispose(): void {
    this.unsubscribe();
  }

  private matches(e: IoEvent): boolean {
    if (this.source.value && e.source !== this.source.value) return false;
    if (this.errorsOnly.checked && !isError(e)) return false;
    const q = this.search.value.trim().toLowerCase();
    if (q && !`${e.method} ${e.target} ${e.status ?? ''}`.toLowerCase().includes(q)) return false;
    return true;
  }

  private row(e: IoEvent): HTMLTableRowElement {
    const status = e.error ? e.error : e.status == null ? '' : String(e.status);
    const tr = h(
      'tr',
      { 'data-testid': 'io-row', 'data-io-id': e.id, 'data-source': e.source, class: isError(e) ? 'is-error' : null },
      h('td.num', { text: String(e.id) }),
      h('td.mono.nowrap', { text: fmtTime(e.ts) }),
      h('td', {}, h('span.badge', { class: `badge-${e.source}`, text: e.source })),
      h('td.mono', { text: e.method ?? '' }),
      h('td.mono.io-target', { text: e.target ?? '', title: e.target ?? '' }),
      h('td.mono', { class: isError(e) ? 'text-error' : 'text-ok', text: status }),
      h('td.num', { text: e.duration_ms == null ? '' : e.duration_ms.toFixed(1) }),
      h('td.num.nowrap', { text: fmtBytes(e.response_bytes ?? e.request_bytes) }),
    );
    if (e.id === this.selected) tr.classList.add('is-selected');
    return tr;
  }

  private prepend(events: IoEvent[]): void {
    for (const e of events) if (this.matches(e)) this.tbody.prepend(this.row(e));
    while (this.tbody.rows.length > MAX_ROWS) this.tbody.deleteRow(-1);
    this.updateCount();
  }

  private renderAll(): void {
    const rows = telemetry.events.filter((e) => this.matches(e)).reverse().slice(0, MAX_ROWS).map((e) => this.row(e));
    this.tbody.replaceChildren(...rows);
    this.updateCount();
  }

  private updateCount(): void {
    const total = telemetry.events.length;
    const shown = this.tbody.rows.length;
    this.countEl.textContent = shown === total ? `${total} events` : `${shown} of ${total}`;
    this.empty.hidden = shown > 0;
  }

  private togglePause(): void {
    this.paused = !this.paused;
    this.pauseBtn.textContent = this.paused ? 'Resume' : 'Pause';
    this.pauseBtn.classList.toggle('is-on', this.paused);
    if (!this.paused) this.renderAll();
  }

  private select(id: number): void {
    this.selected = this.selected === id ? null : id;
    for (const tr of this.tbody.querySelectorAll('tr.is-selected')) tr.classList.remove('is-selected');
    const e = telemetry.events.find((x) => x.id === this.selected);
    if (!e) {
      this.detail.hidden = true;
      return;
    }
    this.tbody.querySelector(`tr[data-io-id="${id}"]`)?.classList.add('is-selected');
    const section = (title: string, value: unknown) =>
      value == null || value === '' ? null : h('div.io-detail-section', {}, h('div.io-detail-title', { text: title }), h('pre', { text: typeof value === 'string' ? value : formatJson(value) }));
    this.detail.replaceChildren(
      h(
        'div.io-detail-head',
        {},
        h('strong', { text: `${e.method} ${e.target}` }),
        h('button.icon-btn', { type: 'button', text: '×', title: 'Close', 'aria-label': 'Close details', onclick: () => this.select(id) }),
      ),
      h(
        'div.io-detail-grid',
        {},
        section('Request headers', e.request_headers),
        section('Response headers', e.response_headers),
        section('Request body', e.request_body),
        section('Response body', e.response_body),
        section('Error', e.error),
      ),
    );
    this.detail.hidden = false;
  }
}

export const observabilityPane: PaneDef = {
  id: 'observability.io',
  title: 'I/O',
  description: 'Live HTTP and socket telemetry',
  hasContext: true,
  create: () => new ObservabilityView(),
};
