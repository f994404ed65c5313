// The live IoEvent store fed by the `telemetry` channel (backlog on connect, then live). It
// keeps the last 500 events by id and tells subscribers about additions; a new connection
// starts from the host's backlog again, so a restarted host's ids never mix with old ones.

import type { IoEvent } from './api';
import type { HostSocket } from './socket';

const MAX_EVENTS = 500;

type Listener = (added: IoEvent[], reset: boolean) => void;

class TelemetryStore {
  private byId = new Map<number, IoEvent>();
  private listeners = new Set<Listener>();

  get events(): IoEvent[] {
    return [...this.byId.values()];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reset(): void {
    this.byId.clear();
    for (const l of this.listeners) l([], true);
  }

  add(event: IoEvent): void {
    if (!event || typeof event.id !== 'number' || this.byId.has(event.id)) return;
    this.byId.set(event.id, event);
    while (this.byId.size > MAX_EVENTS) this.byId.delete(this.byId.keys().next().value as number);
    for (const l of this.listeners) l([event], false);
  }
}

export const telemetry = new TelemetryStore();

export function startTelemetry(socket: HostSocket): void {
  socket.onConnect(() => telemetry.reset());
  socket.on('telemetry', (frame) => {
    if (frame.event === 'io') telemetry.add(frame.data as IoEvent);
  });
}
