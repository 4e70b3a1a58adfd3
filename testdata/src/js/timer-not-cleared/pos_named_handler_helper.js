// timer-not-cleared, positive: the connection handler is a named function declared in the file
// (io.on('connection', onConnection)) and the clock interval is started in a same-file helper it
// calls, so it is in the socket scope. The lag probe is cleared on disconnect (no finding there).
const http = require('http');
const io = require('socket.io')(http.createServer().listen(7000), { serveClient: false });

const clocks = new Set();

function startClock(socket) {
  setInterval(() => socket.emit('clock', { now: Date.now() }), 1000); // want "setInterval started for this socket is never cleared"
}

function onConnection(socket) {
  clocks.add(socket.id);
  startClock(socket);

  const probe = setInterval(() => {
    const sentAt = Date.now();
    socket.emit('probe', sentAt, () => socket.emit('lag', Date.now() - sentAt));
  }, 5000);

  socket.on('disconnect', () => {
    clearInterval(probe);
    clocks.delete(socket.id);
  });
}

io.on('connection', onConnection);
