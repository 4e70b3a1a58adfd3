// Role: heartbeat. The interval is cleared by this module's own disconnect listener.
const { clampInterval } = require('./util');

module.exports = (io, socket) => {
  const beat = setInterval(() => {
    socket.emit('beat', Date.now());
  }, clampInterval(socket.handshake.query.beat));
  socket.on('pong', () => {
    socket.data.lastPong = Date.now();
  });
  socket.on('disconnect', () => clearInterval(beat));
};
