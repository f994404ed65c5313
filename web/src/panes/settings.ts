// settings.home: view and edit the host's flat settings map (`/api/settings`). Values are
// JSON; editing a value and pressing Enter (or leaving the field) saves it with
// `PUT /api/settings/{key}`, the × removes the override with `DELETE`.

import { api } from '../api';
import { h, toast } from '../dom';
import type { PaneDef, PaneView } from '../registry';

const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
}

/** Parse what the user typed: JSON if it parses, else the raw text as a string. */
function parseValue(text: string): unknown {
  const t = text.trim();
  if (t === '') return '';
  try {
    return JSON.parse(t);
  } catch {
    return text;
  }
}

class SettingsView implements PaneView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly filter: HTMLInputElement;
  private values: Record<string, unknown> = {};
  private loaded = false;

  constructor() {
    this.body = h('div.settings-body', { 'data-testid': 'settings-list' });
    this.filter = h('input.input.input-search', { type: 'search', placeholder: 'Filter keys', 'aria-label': 'Filter settings' });
    this.filter.addEventListener('input', () => this.render());
    const keyIn = h('input.input', { placeholder: 'new.key', 'aria-label': 'New setting key', 'data-testid': 'settings-new-key' });
    const valIn = h('input.input.mono', { placeholder: 'value (JSON)', 'aria-label': 'New setting value', 'data-testid': 'settings-new-value' });
    const add = h('form.settings-add', {}, keyIn, valIn, h('button.btn.btn-small.btn-primary', { type: 'submit', text: 'Add' }));
    add.addEventListener('submit', (e) => {
      e.preventDefault();
      const key = keyIn.value.trim();
      if (!KEY_RE.test(key)) {
        toast('Setting keys are letters, digits and . _ : - (starting with a letter or digit)', 'error');
        return;
      }
      void this.save(key, parseValue(valIn.value)).then(() => {
        keyIn.value = '';
        valIn.value = '';
      });
    });
    this.element = h(
      'div.pane.settings',
      {},
      h(
        'div.pane-toolbar',
        {},
        this.filter,
        h('span.toolbar-spacer'),
        h('button.btn.btn-small.btn-ghost', { type: 'button', text: 'Reload', onclick: () => void this.load() }),
      ),
      h('div.pane-scroll', {}, this.body),
      add,
    );
    void this.load();
  }

  getContext() {
    return { values: this.values };
  }

  onShow(): void {
    if (this.loaded) void this.load();
  }

  async load(): Promise<void> {
    try {
      const res = await api.get<{ values: Record<string, unknown> }>('/api/settings');
      this.values = res?.values ?? {};
      this.loaded = true;
      this.render();
    } catch (err) {
      this.body.replaceChildren(h('div.empty-state.error', { text: `Could not load settings: ${(err as Error).message}` }));
    }
  }

  private async save(key: string, value: unknown): Promise<void> {
    try {
      await api.put(`/api/settings/${encodeURIComponent(key)}`, { value });
      this.values[key] = value;
      this.render();
    } catch (err) {
      toast(`Saving ${key} failed: ${(err as Error).message}`, 'error');
    }
  }

  private async remove(key: string): Promise<void> {
    try {
      const res = await api.del<{ values?: Record<string, unknown> }>(`/api/settings/${encodeURIComponent(key)}`);
      if (res?.values) this.values = res.values;
      else delete this.values[key];
      this.render();
    } catch (err) {
      toast(`Deleting ${key} failed: ${(err as Error).message}`, 'error');
    }
  }

  private render(): void {
    const q = this.filter.value.trim().toLowerCase();
    const keys = Object.keys(this.values)
      .filter((k) => !q || k.toLowerCase().includes(q))
      .sort();
    if (keys.length === 0) {
      this.body.replaceChildren(
        h('div.empty-state', { text: Object.keys(this.values).length ? 'No setting matches the filter.' : 'No settings are overridden yet. Add one below.' }),
      );
      return;
    }
    const rows = keys.map((key) => {
      const input = h('input.input.mono.settings-value', { value: show(this.values[key]), 'aria-label': `Value of ${key}`, 'data-setting-key': key });
      const commit = () => {
        const next = parseValue(input.value);
        if (JSON.stringify(next) !== JSON.stringify(this.values[key])) void this.save(key, next);
      };
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') input.value = show(this.values[key]);
      });
      input.addEventListener('change', commit);
      return h(
        'div.settings-row',
        { 'data-testid': 'settings-row', 'data-key': key },
        h('code.settings-key', { text: key, title: key }),
        input,
        h('button.icon-btn', { type: 'button', title: `Remove ${key}`, 'aria-label': `Remove ${key}`, text: '×', onclick: () => void this.remove(key) }),
      );
    });
    this.body.replaceChildren(...rows);
  }
}

export const settingsPane: PaneDef = {
  id: 'settings.home',
  title: 'Settings',
  description: 'View and edit settings',
  hasContext: true,
  create: () => new SettingsView(),
};
