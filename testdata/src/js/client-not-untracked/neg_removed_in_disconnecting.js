// Negative (exception: removal in 'disconnecting', which is on the disconnect path):
// presence entries keyed by socket.id are deleted in the disconnecting handler, where
// the socket's rooms are also still readable for the "left" notifications.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const presence = new Map();
const lastSeen = {};

app.get('/presence', (req, res) => res.json(Object.fromEntries(presence)));

io.on('connection', (socket) => {
  const name = socket.handshake.auth.name || 'guest';
  presence.set(socket.id, { name, status: 'online' });

  socket.on('join', (room) => {
    socket.join(room);
    socket.to(room).emit('joined', name);
  });

  socket.on('ping-activity', () => {
    lastSeen[socket.id] = Date.now();
  });

  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      if (room !== socket.id) socket.to(room).emit('left', name);
    }
    presence.delete(socket.id);
    delete lastSeen[socket.id];
  });
});

server.listen(3000);
