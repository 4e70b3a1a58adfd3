// Negative (exception: only socket.rooms is empty in 'disconnect'): the handler looks
// the socket's room up in its own map and checks the namespace adapter's registry
// (io.sockets.adapter.rooms), which correctly tells whether the room is now empty.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const roomOf = new Map();
const roomState = new Map();

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    socket.join(room);
    roomOf.set(socket.id, room);
    if (!roomState.has(room)) roomState.set(room, { createdAt: Date.now(), board: [] });
  });

  socket.on('disconnect', () => {
    const room = roomOf.get(socket.id);
    roomOf.delete(socket.id);
    if (!room) return;
    const remaining = io.sockets.adapter.rooms.get(room);
    if (!remaining || remaining.size === 0) {
      roomState.delete(room);
      console.log(`room ${room} is empty, state dropped`);
    }
  });
});

server.listen(3000);
