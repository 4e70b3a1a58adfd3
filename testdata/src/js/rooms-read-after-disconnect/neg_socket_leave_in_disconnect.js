// Negative (exception: socket.leave(room) in 'disconnect' is a harmless no-op and does
// not read socket.rooms): the room is tracked in a local variable.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  let currentRoom = null;

  socket.on('switch-room', (room) => {
    if (currentRoom) socket.leave(currentRoom);
    currentRoom = room;
    socket.join(room);
    socket.to(room).emit('arrived', socket.id);
  });

  socket.on('disconnect', () => {
    if (currentRoom) {
      socket.leave(currentRoom);
      io.to(currentRoom).emit('departed', socket.id);
    }
  });
});

server.listen(3000);
