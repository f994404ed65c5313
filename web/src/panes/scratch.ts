// scratch.note: a quick note; any number of instances. Its text lives in the layout
// parameters (so it comes back after a reload) and is its context.

import { debounce, h } from '../dom';
import type { PaneDef, PaneInit, PaneView } from '../registry';

class ScratchView implements PaneView {
  readonly element: HTMLElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly persist: ReturnType<typeof debounce<[]>>;

  constructor(init: PaneInit) {
    this.textarea = h('textarea.scratch-text', {
      'data-testid': 'scratch-textarea',
      placeholder: 'Jot something down…',
      'aria-label': 'Scratch note',
    });
    this.textarea.value = typeof init.params.text === 'string' ? init.params.text : '';
    this.persist = debounce(() => init.setParams({ text: this.textarea.value }), 400);
    this.textarea.addEventListener('input', () => this.persist());
    this.element = h('div.pane.scratch', {}, this.textarea);
  }

  getContext() {
    return { text: this.textarea.value };
  }

  focus(): void {
    this.textarea.focus();
  }

  dispose(): void {
    this.persist.flush();
  }
}

export const scratchPane: PaneDef = {
  id: 'scratch.note',
  title: 'Scratch',
  description: 'A quick note (many allowed)',
  multi: true,
  hasContext: true,
  create: (init) => new ScratchView(init),
};
