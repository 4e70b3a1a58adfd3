// Role: pure movement helpers (no state, no timers).
const { ARENA, MAX_SPEED } = require('../config');

function clamp(v, lo, hi) {
  return Math.max(lo, Math.min(hi, v));
}

function spawnPoint() {
  return { x: Math.round(Math.random() * ARENA.width), y: Math.round(Math.random() * ARENA.height) };
}

function applyInput(state, input) {
  state.vx = clamp(Number(input.dx) || 0, -1, 1) * MAX_SPEED;
  state.vy = clamp(Number(input.dy) || 0, -1, 1) * MAX_SPEED;
  state.x = clamp(state.x + state.vx, 0, ARENA.width);
  state.y = clamp(state.y + state.vy, 0, ARENA.height);
  return state;
}

module.exports = { clamp, spawnPoint, applyInput };
