// Role: disconnect-time helpers (exports.x form), called from the connection's 'disconnecting' listener.
const { viewers, locks } = require('../state.cjs');

exports.forgetViewer = function forgetViewer(socketId) {
  const boardId = viewers.get(socketId);
  viewers.delete(socketId);
  return boardId;
};

module.exports.releaseLocks = function releaseLocks(socketId) {
  const released = [];
  for (const [cardId, holder] of locks) {
    if (holder !== socketId) continue;
    locks.delete(cardId);
    released.push(cardId);
  }
  return released;
};
