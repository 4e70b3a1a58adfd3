// Role: heartbeat. The interval is never cleared: it keeps running, and keeps the
// socket reachable, after the client is gone.
module.exports = (io, socket) => {
  const beat = setInterval(() => { // want "setInterval"
    socket.emit('beat', Date.now());
  }, 10000);
  socket.on('pong', () => {
    socket.data.lastPong = Date.now();
  });
};
