// Role: disconnect-time helpers (exports.x form), called from the connection's 'disconnecting' listener.
const { viewers } = require('../state.cjs');

exports.forgetViewer = function forgetViewer(socketId) {
  const boardId = viewers.get(socketId);
  viewers.delete(socketId);
  return boardId;
};
