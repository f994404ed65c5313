// The browser's layout tools (protocol.md section 7), read from catalog/browser-tools.json, the
// one list (Rust and the REPL kernel read the same file). The types come from
// src/generated/browser-tools.ts, which tools/gen-browser-tools.mjs derives from that file.

import catalog from '../../catalog/browser-tools.json';
import type { BrowserToolTypes } from './generated/browser-tools';

export type BrowserToolName = keyof BrowserToolTypes;
/** A tool's arguments as its parameter schema declares them. */
export type BrowserToolArgs<N extends BrowserToolName> = BrowserToolTypes[N]['params'];
/** What the executor answers for a tool (failures included, as `{error}` values). */
export type BrowserToolResult<N extends BrowserToolName> = BrowserToolTypes[N]['result'];

export type JsonSchema = Record<string, any>;

export interface BrowserTool {
  name: BrowserToolName;
  description: string;
  parameters: { type: 'object'; properties: Record<string, JsonSchema>; required: string[] };
  result: JsonSchema;
}

export const BROWSER_TOOLS: readonly BrowserTool[] = catalog.tools as unknown as BrowserTool[];

/** The tools as the page announces them on the agent channel (`manifest` frame). */
export function browserToolManifest() {
  return BROWSER_TOOLS.map((t) => ({
    name: t.name,
    description: t.description,
    params: t.parameters,
    sideEffect: false,
    specifierTemplate: null,
    kind: 'ui' as const,
  }));
}
