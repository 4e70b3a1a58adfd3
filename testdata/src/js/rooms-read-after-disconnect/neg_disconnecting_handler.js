// Negative (exception: rooms read in a 'disconnecting' handler, where they are still
// populated): chat server notifies each room before the socket leaves; the
// 'disconnect' handler only logs.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  const nickname = socket.handshake.auth.nickname || 'guest';

  socket.on('join', (room) => {
    socket.join(room);
    socket.to(room).emit('user-joined', nickname);
  });

  socket.on('disconnecting', (reason) => {
    socket.rooms.forEach((room) => {
      if (room !== socket.id) socket.to(room).emit('user-left', { nickname, reason });
    });
  });

  socket.on('disconnect', (reason) => {
    console.log(`${nickname} (${socket.id}) disconnected: ${reason}`);
  });
});

server.listen(3000);
