// Role: board event handlers (socket as `this`), exported with exports.x and module.exports.x; card locks are released by the cleanup helper on disconnect.
const { viewers, locks } = require('../state.cjs');
const audit = require('../../packages/audit');

exports.onOpen = function onOpen(boardId) {
  viewers.set(this.id, String(boardId));
  this.join(`board:${boardId}`);
  audit.record('board.open', { boardId });
};

exports.onLock = function onLock({ boardId, cardId }, ack) {
  const holder = locks.get(cardId);
  if (holder && holder !== this.id) return ack({ ok: false, holder });
  locks.set(cardId, this.id);
  this.to(`board:${boardId}`).emit('card:locked', { cardId, by: this.id });
  ack({ ok: true });
};

module.exports.onUnlock = function onUnlock({ boardId, cardId }) {
  if (locks.get(cardId) !== this.id) return;
  locks.delete(cardId);
  this.to(`board:${boardId}`).emit('card:unlocked', { cardId });
};

module.exports.onMove = function onMove({ boardId, cardId, column }) {
  audit.record('card.move', { boardId, cardId, column });
  this.to(`board:${boardId}`).emit('card:moved', { cardId, column });
};
