// Negative (exception: v2-style Object.keys(socket.rooms) read in 'disconnecting',
// where the rooms object is still populated).
var http = require('http');
var server = http.createServer();
var io = require('socket.io')(server, { pingTimeout: 20000 });

var viewers = {};

io.on('connection', function (socket) {
  socket.on('watch', function (streamId) {
    socket.join('stream:' + streamId);
    viewers[streamId] = (viewers[streamId] || 0) + 1;
    io.to('stream:' + streamId).emit('viewers', viewers[streamId]);
  });

  socket.on('disconnecting', function () {
    Object.keys(socket.rooms).forEach(function (room) {
      if (room.indexOf('stream:') !== 0) return;
      var streamId = room.slice(7);
      viewers[streamId] = Math.max(0, (viewers[streamId] || 1) - 1);
      io.to(room).emit('viewers', viewers[streamId]);
    });
  });

  socket.on('disconnect', function () {
    console.log('viewer left', socket.id);
  });
});

server.listen(3000);
