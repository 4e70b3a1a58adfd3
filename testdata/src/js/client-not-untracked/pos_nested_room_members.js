// Positive: per-room member sets inside a module-level Map; the socket id is added to
// the nested Set in a 'join' handler (structure = the root `rooms`). The disconnect
// handler deletes the socket's memberOf entry (correct, no want) but never removes the
// id from rooms, so every room keeps ghost members.
const express = require('express');
const { createServer } = require('http');
const { Server } = require('socket.io');

const app = express();
const server = createServer(app);
const io = new Server(server);

const rooms = new Map();    // room name -> Set of socket ids
const memberOf = new Map(); // socket id -> room name

app.get('/rooms', (req, res) => {
  res.json([...rooms].map(([name, ids]) => ({ name, members: ids.size })));
});

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    if (!rooms.has(room)) rooms.set(room, new Set());
    rooms.get(room).add(socket.id); // want "added to rooms"
    memberOf.set(socket.id, room);
    socket.join(room);
    io.to(room).emit('members', [...rooms.get(room)]);
  });

  socket.on('disconnect', () => {
    const room = memberOf.get(socket.id);
    memberOf.delete(socket.id);
    if (room) io.to(room).emit('member-left', socket.id);
  });
});

server.listen(3000);
