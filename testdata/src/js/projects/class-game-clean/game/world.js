// Role: the module-level World singleton: every live PlayerSession, keyed by socket id.
class World {
  constructor() {
    this.players = new Map();
    this.startedAt = Date.now();
  }

  snapshot() {
    return [...this.players.values()].map((p) => p.state);
  }

  scoreboard() {
    return [...this.players.values()]
      .map((p) => ({ id: p.state.id, score: p.score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
  }
}

const world = new World();

module.exports = { World, world };
