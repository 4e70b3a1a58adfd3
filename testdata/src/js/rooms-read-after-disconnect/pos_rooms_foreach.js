// Positive: chat server announces "user left" to each of the socket's rooms with
// socket.rooms.forEach inside 'disconnect', where socket.rooms is already empty, so
// nobody is ever told.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  const nickname = socket.handshake.auth.nickname || 'guest';

  socket.on('join', (room, ack) => {
    socket.join(room);
    socket.to(room).emit('user-joined', { room, nickname });
    ack && ack(io.sockets.adapter.rooms.get(room).size);
  });

  socket.on('say', ({ room, text }) => {
    io.to(room).emit('said', { room, nickname, text });
  });

  socket.on('disconnect', (reason) => {
    console.log(`${nickname} disconnected: ${reason}`);
    socket.rooms.forEach((room) => { // want "always empty"
      if (room !== socket.id) io.to(room).emit('user-left', { room, nickname });
    });
  });
});

server.listen(3000);
