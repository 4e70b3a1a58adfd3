// Negative (exception: removal inside a same-file helper called from the disconnect
// handler): the classic addUser/removeUser chat helpers; removeUser splices the array.
const express = require('express');
const http = require('http');
const socketio = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = socketio(server);

const users = [];

function addUser({ id, name, room }) {
  name = name.trim().toLowerCase();
  room = room.trim().toLowerCase();
  if (users.find((u) => u.room === room && u.name === name)) return { error: 'name taken' };
  const user = { id, name, room };
  users.push(user);
  return { user };
}

function removeUser(id) {
  const index = users.findIndex((u) => u.id === id);
  if (index !== -1) return users.splice(index, 1)[0];
  return undefined;
}

const getUsersInRoom = (room) => users.filter((u) => u.room === room);

io.on('connect', (socket) => {
  socket.on('join', ({ name, room }, callback) => {
    const { error, user } = addUser({ id: socket.id, name, room });
    if (error) return callback(error);
    socket.join(user.room);
    io.to(user.room).emit('roomData', { room: user.room, users: getUsersInRoom(user.room) });
    callback();
  });

  socket.on('disconnect', () => {
    const user = removeUser(socket.id);
    if (user) {
      io.to(user.room).emit('roomData', { room: user.room, users: getUsersInRoom(user.room) });
    }
  });
});

server.listen(process.env.PORT || 5000);
