// scattered-disconnect-handlers, positive: the connection callback has its own disconnect
// listener and then calls a same-file helper that registers another one for the socket.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const sessions = new Map();
const cursors = new Map();

io.on('connection', (socket) => {
  sessions.set(socket.id, { since: Date.now() });
  socket.on('disconnect', () => {
    sessions.delete(socket.id);
  });

  trackCursor(socket);
});

function trackCursor(socket) {
  socket.on('cursor', (pos) => {
    cursors.set(socket.id, pos);
    socket.broadcast.volatile.emit('cursor', socket.id, pos);
  });
  socket.on('disconnect', () => { // want "another disconnect listener"
    cursors.delete(socket.id);
    socket.broadcast.emit('cursor-gone', socket.id);
  });
}

server.listen(3002);
