// disconnect-not-logged, positive: a 'disconnecting' listener that tells every room the
// user was in that they are leaving, and records nothing itself.
const http = require('http');
const socketio = require('socket.io');
const debug = require('debug')('rooms');

const server = http.createServer();
const io = socketio(server);

io.on('connection', (socket) => {
  debug('connected %s', socket.id);

  socket.on('join', (room, ack) => {
    socket.join(room);
    socket.to(room).emit('joined', socket.id);
    ack(true);
  });

  socket.on('disconnecting', () => { // want "records nothing"
    for (const room of socket.rooms) {
      if (room !== socket.id) socket.to(room).emit('leaving', socket.id);
    }
  });
});

server.listen(3002);
