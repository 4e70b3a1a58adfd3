// Role: news feed. A listener per socket on the process-wide bus, never removed.
const { bus } = require('../store');

module.exports = (io, socket) => {
  const push = (item) => socket.emit('news', item);
  bus.on('news', push); // want "bus"
};
