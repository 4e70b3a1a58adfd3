// Role: one PlayerSession per connection: its constructor joins the shared world and starts the per-player tick.
const { applyInput, spawnPoint } = require('./physics');
const { TICK_MS } = require('../config');

class PlayerSession {
  constructor(socket, world) {
    this.socket = socket;
    this.world = world;
    this.state = { id: socket.id, ...spawnPoint(), vx: 0, vy: 0, hp: 100 };
    this.score = 0;
    this.inputs = [];
    this.world.players.set(socket.id, this); // want "added to [^ ]*(world|players)"
    this.tick = setInterval(() => this.update(), TICK_MS); // want "setInterval .*never cleared"
  }

  queueInput(input) {
    if (this.inputs.length < 32) this.inputs.push(input);
  }

  update() {
    for (const input of this.inputs.splice(0)) applyInput(this.state, input);
    this.score += 1;
    this.socket.volatile.emit('state', this.world.snapshot());
  }

  dispose() {
    clearInterval(this.tick);
    this.world.players.delete(this.socket.id);
  }
}

module.exports = PlayerSession;
