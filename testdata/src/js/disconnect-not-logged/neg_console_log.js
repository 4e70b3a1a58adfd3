// disconnect-not-logged, negative (exception: console.* call): the disconnect handler logs
// who left and why before cleaning up.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const online = new Map();

io.on('connection', (socket) => {
  const name = String(socket.handshake.query.name || 'anonymous');
  online.set(socket.id, name);

  socket.on('disconnect', (reason) => {
    console.log(`${name} disconnected (${socket.id}): ${reason}`);
    online.delete(socket.id);
    io.emit('online', [...online.values()]);
  });
});

server.listen(3000);
