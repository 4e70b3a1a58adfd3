// Role: tiny counters module, imported as a namespace (`import * as metrics`).
const counters = { connections: 0, tickets: 0 };

export function inc(name) {
  counters[name] = (counters[name] ?? 0) + 1;
}

export function snapshot() {
  return { ...counters };
}
