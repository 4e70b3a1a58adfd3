// disconnect-not-logged, positive: the connection is logged, the disconnect only updates
// presence and broadcasts, leaving no trace of when or why the user left.
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
  console.log(`${name} connected (${socket.id})`);
  io.emit('online', [...online.values()]);

  socket.on('chat', (text) => {
    io.emit('chat', { from: name, text: String(text).slice(0, 500) });
  });

  socket.on('disconnect', (reason) => { // want "records nothing"
    online.delete(socket.id);
    io.emit('online', [...online.values()]);
    socket.broadcast.emit('left', { name, reason });
  });
});

server.listen(3000, () => console.log('listening on :3000'));
