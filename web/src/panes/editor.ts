// editor.buffer: a plain-text editor with a line-number gutter. Its context (what
// `dash.context` reads) is the text and the current selection; the text is kept in the pane's
// layout parameters, so it survives a reload.

import { debounce, h } from '../dom';
import type { PaneDef, PaneInit, PaneView } from '../registry';

const SAMPLE = '# A scratch buffer: dash.context() reads this text and its selection.\n';

class EditorView implements PaneView {
  readonly element: HTMLElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly gutter: HTMLElement;
  private readonly status: HTMLElement;
  private lineCount = 0;
  private readonly persist: ReturnType<typeof debounce<[]>>;

  constructor(init: PaneInit) {
    const text = typeof init.params.text === 'string' ? init.params.text : SAMPLE;
    this.gutter = h('div.editor-gutter', { 'aria-hidden': 'true' });
    this.textarea = h('textarea.editor-text', {
      'data-testid': 'editor-textarea',
      spellcheck: 'false',
      wrap: 'off',
      autocomplete: 'off',
      autocapitalize: 'off',
      'aria-label': 'Editor buffer',
    });
    this.textarea.value = text;
    this.status = h('div.editor-status', { 'data-testid': 'editor-status' });
    this.element = h('div.pane.editor', {}, h('div.editor-body', {}, this.gutter, this.textarea), this.status);
    this.persist = debounce(() => init.setParams({ text: this.textarea.value }), 400);
    this.textarea.addEventListener('input', () => {
      this.refresh();
      this.persist();
    });
    this.textarea.addEventListener('scroll', () => (this.gutter.scrollTop = this.textarea.scrollTop));
    for (const ev of ['select', 'keyup', 'mouseup', 'focus']) this.textarea.addEventListener(ev, () => this.updateStatus());
    document.addEventListener('selectionchange', this.onSelection);
    this.textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Tab' && !e.shiftKey) {
        e.preventDefault();
        this.textarea.setRangeText('    ', this.textarea.selectionStart, this.textarea.selectionEnd, 'end');
        this.refresh();
        this.persist();
      }
    });
    this.refresh();
  }

  private onSelection = () => {
    if (document.activeElement === this.textarea) this.updateStatus();
  };

  getContext() {
    const { value, selectionStart: start, selectionEnd: end } = this.textarea;
    return { text: value, selection: { start, end, text: value.slice(start, end) } };
  }

  focus(): void {
    this.textarea.focus();
  }

  dispose(): void {
    this.persist.flush();
    document.removeEventListener('selectionchange', this.onSelection);
  }

  private refresh(): void {
    const lines = this.textarea.value.split('\n').length;
    if (lines !== this.lineCount) {
      this.lineCount = lines;
      const nums = Array.from({ length: lines }, (_, i) => String(i + 1)).join('\n');
      this.gutter.textContent = `${nums}\n`;
    }
    this.updateStatus();
  }

  private updateStatus(): void {
    const { value, selectionStart: s, selectionEnd: e } = this.textarea;
    const before = value.slice(0, e);
    const line = before.split('\n').length;
    const col = e - before.lastIndexOf('\n');
    const sel = e - s;
    this.status.textContent = `Ln ${line}, Col ${col}${sel ? ` · ${sel} selected` : ''} · ${value.length} chars`;
  }
}

export const editorPane: PaneDef = {
  id: 'editor.buffer',
  title: 'Editor',
  description: 'A text buffer with readable context',
  hasContext: true,
  create: (init) => new EditorView(init),
};
