// disconnect-not-logged, negative (exception: debug(...) call): the `debug` module logger
// records the disconnect in a 'disconnecting' listener.
const http = require('http');
const socketio = require('socket.io');
const debug = require('debug')('chat:rooms');

const server = http.createServer();
const io = socketio(server);

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    socket.join(room);
    socket.to(room).emit('joined', socket.id);
  });

  socket.on('disconnecting', (reason) => {
    debug('%s leaving %o (%s)', socket.id, [...socket.rooms], reason);
    for (const room of socket.rooms) {
      if (room !== socket.id) socket.to(room).emit('leaving', socket.id);
    }
  });
});

server.listen(3002);
