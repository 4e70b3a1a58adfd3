// Role: news feed. The per-socket listener on the shared bus is removed on disconnect.
const { bus } = require('../store');

module.exports = (io, socket) => {
  const push = (item) => socket.emit('news', item);
  bus.on('news', push);
  socket.once('disconnect', () => bus.off('news', push));
};
