// The page's one WebSocket to the host (`/ws`): frames are {channel, event, data}. Handlers
// subscribe per channel; the socket reconnects with exponential backoff after the host goes
// away and reports its state to the connection indicator in the top bar.

export interface Frame {
  channel: string;
  event: string;
  data?: any;
  [extra: string]: unknown;
}

export type ConnState = 'connecting' | 'connected' | 'disconnected';
type Handler = (frame: Frame) => void;

const MIN_DELAY_MS = 250;
const MAX_DELAY_MS = 5000;

export class HostSocket {
  private ws: WebSocket | null = null;
  private handlers = new Map<string, Set<Handler>>();
  private stateListeners = new Set<(state: ConnState) => void>();
  private connectListeners = new Set<() => void>();
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  state: ConnState = 'connecting';
  serverVersion: string | null = null;
  /** When the next reconnect attempt is due (ms since epoch), while disconnected. */
  nextRetryAt = 0;

  constructor(private readonly url: string) {}

  start(): void {
    this.open();
  }

  /** Subscribe to every frame of `channel` ('*' for all). */
  on(channel: string, handler: Handler): () => void {
    let set = this.handlers.get(channel);
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(handler);
    return () => set!.delete(handler);
  }

  onState(listener: (state: ConnState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  /** Called after each (re)connection once the server's hello arrived. */
  onConnect(listener: () => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  get connected(): boolean {
    return this.state === 'connected';
  }

  /** Send a frame; returns false (and drops it) when the socket is not open. */
  send(channel: string, event: string, data?: unknown): boolean {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify({ channel, event, data }));
    return true;
  }

  /** Skip the backoff wait and try right now. */
  retryNow(): void {
    if (this.state === 'connected') return;
    clearTimeout(this.retryTimer);
    this.open();
  }

  private setState(state: ConnState): void {
    if (this.state === state) return;
    this.state = state;
    for (const l of this.stateListeners) l(state);
  }

  private open(): void {
    clearTimeout(this.retryTimer);
    this.setState(this.attempt === 0 ? 'connecting' : this.state);
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onmessage = (ev) => this.dispatch(ev.data);
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.scheduleRetry();
    };
    ws.onerror = () => {
      /* onclose follows */
    };
  }

  private scheduleRetry(): void {
    const base = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.attempt);
    const delay = Math.round(base * (0.8 + Math.random() * 0.4));
    this.attempt += 1;
    this.nextRetryAt = Date.now() + delay;
    this.setState('disconnected');
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private dispatch(raw: unknown): void {
    let frame: Frame;
    try {
      frame = JSON.parse(String(raw));
    } catch {
      console.warn('horrible: non-JSON frame', raw);
      return;
    }
    if (!frame || typeof frame !== 'object' || typeof frame.channel !== 'string') return;
    if (frame.channel === 'system' && frame.event === 'hello') {
      this.serverVersion = typeof frame.version === 'string' ? frame.version : null;
      this.attempt = 0;
      this.setState('connected');
      for (const l of this.connectListeners) {
        try {
          l();
        } catch (err) {
          console.error(err);
        }
      }
    }
    for (const key of [frame.channel, '*']) {
      for (const handler of this.handlers.get(key) ?? []) {
        try {
          handler(frame);
        } catch (err) {
          console.error(`horrible: ${frame.channel}/${frame.event} handler failed`, err);
        }
      }
    }
  }
}

function socketUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/ws`;
}

export const socket = new HostSocket(socketUrl());
