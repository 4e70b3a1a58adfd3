// untrusted-cleanup-key, negative (exception: ownership check): the username comes from the
// client, but the entry is removed only if it still points at this socket.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const byName = new Map(); // username -> socket

io.on('connection', (socket) => {
  let username = null;

  socket.on('register', (name, ack) => {
    if (byName.has(name)) return ack({ ok: false, error: 'taken' });
    username = name;
    byName.set(name, socket);
    ack({ ok: true });
  });

  socket.on('whisper', ({ to, text }) => {
    byName.get(to)?.emit('whisper', { from: username, text });
  });

  socket.on('disconnect', () => {
    if (username && byName.get(username) === socket) {
      byName.delete(username);
    }
  });
});

server.listen(3100);
