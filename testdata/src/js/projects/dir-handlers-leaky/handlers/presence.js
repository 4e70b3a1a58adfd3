// Role: presence. Registers the socket and removes it again in its own disconnect
// listener, which is part of the socket's disconnect path like any other.
const { online } = require('../store');

module.exports = (io, socket) => {
  online.set(socket.id, { since: Date.now() });
  io.emit('online', online.size);

  socket.on('disconnect', () => {
    online.delete(socket.id);
    io.emit('online', online.size);
  });
};
