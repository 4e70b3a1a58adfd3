// listener-not-removed, positive: a per-socket listener on `process` (SIGTERM) added in the
// connection handler and never removed. The IPC 'message' listener is removed by the same
// reference in the disconnect handler and must not be flagged.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const rooms = new Map();

io.on('connection', (socket) => {
  const room = socket.handshake.query.room || 'general';
  socket.join(room);

  process.on('SIGTERM', () => { // want "listener for .SIGTERM. added to process"
    socket.emit('server:restarting', { retryInMs: 5000 });
  });

  const onIpc = (msg) => {
    if (msg && msg.type === 'announce') socket.emit('announcement', msg.text);
  };
  process.on('message', onIpc);

  socket.on('chat', (text) => {
    io.to(room).emit('chat', { from: socket.id, text });
  });

  socket.on('disconnect', () => {
    process.off('message', onIpc);
  });
});

server.listen(process.env.PORT || 3000);
