// Role: module-level Presence singleton: which agents are online, keyed by socket id.
class Presence {
  constructor() {
    this.online = new Map();
  }

  add(socketId, agent) {
    this.online.set(socketId, { agent, since: Date.now() }); // want "added to [^ ]*online"
  }

  remove(socketId) {
    this.online.delete(socketId);
  }

  agents() {
    return [...this.online.values()].map((e) => e.agent);
  }
}

export const presence = new Presence();
