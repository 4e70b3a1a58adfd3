// Positive: socket.io v2 server (rooms is a plain object there). Object.keys(socket.rooms)
// inside 'disconnect' is always empty: leaveAll() has already reset it to {}.
var app = require('express')();
var server = require('http').Server(app);
var io = require('socket.io')(server);

var roomOwners = {};

io.on('connection', function (socket) {
  socket.on('create', function (room) {
    socket.join(room, function () {
      roomOwners[room] = socket.id;
      socket.emit('created', room);
    });
  });

  socket.on('disconnect', function () {
    Object.keys(socket.rooms).forEach(function (room) { // want "always empty"
      if (roomOwners[room] === socket.id) {
        delete roomOwners[room];
        io.to(room).emit('owner-left', room);
      }
    });
  });
});

server.listen(3000, function () {
  console.log('v2 server listening on *:3000');
});
