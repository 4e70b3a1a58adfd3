// Positive: online users kept in a module-level Map keyed by socket.id and removed
// only in socket.on('close'), which is not a socket.io lifecycle event (a client may
// even emit it), so the entry is never removed on the disconnect path.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: '*' } });

const users = new Map();

app.get('/api/online', (req, res) => {
  res.json([...users.values()].map((u) => u.name));
});

io.on('connection', (socket) => {
  const name = String(socket.handshake.query.name || 'anonymous');
  users.set(socket.id, { name, since: Date.now() }); // want "added to users"
  io.emit('presence', [...users.values()]);

  socket.on('chat', (text) => {
    const user = users.get(socket.id);
    io.emit('chat', { from: user ? user.name : name, text, at: Date.now() });
  });

  socket.on('close', () => {
    users.delete(socket.id);
    io.emit('presence', [...users.values()]);
  });
});

server.listen(process.env.PORT || 3000, () => {
  console.log('presence server listening');
});
