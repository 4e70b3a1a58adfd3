// scattered-disconnect-handlers, negative (exception: one listener): all per-socket
// cleanup (presence, typing, heartbeat) lives in a single disconnect handler.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const online = new Map();
const typing = new Set();

io.on('connection', (socket) => {
  online.set(socket.id, socket.handshake.query.name);
  const heartbeat = setInterval(() => socket.emit('hb'), 25000);

  socket.on('typing', (on) => {
    if (on) typing.add(socket.id);
    else typing.delete(socket.id);
    socket.broadcast.emit('typing', [...typing]);
  });

  socket.on('disconnect', () => {
    clearInterval(heartbeat);
    online.delete(socket.id);
    typing.delete(socket.id);
    io.emit('online', [...online.values()]);
  });
});

server.listen(3000);
