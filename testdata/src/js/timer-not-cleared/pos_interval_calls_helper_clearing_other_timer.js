// timer-not-cleared, positive: the heartbeat's callback calls a helper that clears a
// different timer (the idle timeout) and re-arms it. That does not stop the heartbeat,
// which nothing clears on disconnect.
const { Server } = require('socket.io');

const io = new Server(3000);

io.on('connection', (socket) => {
  let idle = null;
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => socket.emit('idle'), 30000);
  };

  setInterval(() => { // want "setInterval started for this socket is never cleared"
    socket.emit('heartbeat', Date.now());
    resetIdle();
  }, 10000);

  socket.on('disconnect', () => clearTimeout(idle));
});
