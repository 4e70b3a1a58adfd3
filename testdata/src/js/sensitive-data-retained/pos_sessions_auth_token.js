// sensitive-data-retained, positive: the handshake token is copied into a module-level
// session map for later API calls. The disconnect handler only broadcasts presence, so
// every bearer token ever presented stays in memory.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { fetchProfile } = require('./api');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const sessions = new Map(); // socket id -> { userId, token }

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;
  sessions.set(socket.id, { userId, token: socket.handshake.auth.token }); // want "secret-like"

  socket.on('profile', async (ack) => {
    const s = sessions.get(socket.id);
    ack(await fetchProfile(s.userId, s.token));
  });

  socket.on('disconnect', () => {
    io.emit('presence', { userId, online: false });
  });
});

server.listen(3000);
