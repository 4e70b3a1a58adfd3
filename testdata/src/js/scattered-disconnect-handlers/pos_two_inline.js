// scattered-disconnect-handlers, positive: the presence cleanup and the typing-indicator
// cleanup were added in different commits as two disconnect listeners on the same socket.
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

  socket.on('disconnect', () => {
    online.delete(socket.id);
    io.emit('online', [...online.values()]);
  });

  socket.on('typing', (isTyping) => {
    if (isTyping) typing.add(socket.id);
    else typing.delete(socket.id);
    socket.broadcast.emit('typing', [...typing]);
  });

  socket.on('disconnect', () => { // want "another disconnect listener .*line 16"
    typing.delete(socket.id);
    socket.broadcast.emit('typing', [...typing]);
  });
});

server.listen(3000);
