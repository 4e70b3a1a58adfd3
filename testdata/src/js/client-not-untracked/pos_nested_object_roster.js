// Positive: socket.io v2-style roster of plain objects, roster[room][socket.id] = name
// (nested container: the structure is the root `roster`). The disconnect handler
// deletes the socket's entry in `names` (correct, no want) but not the roster entry.
var express = require('express');
var app = express();
var server = require('http').createServer(app);
var io = require('socket.io')(server);

var roster = {};
var names = {};

app.get('/roster/:room', function (req, res) {
  res.json(roster[req.params.room] || {});
});

io.sockets.on('connection', function (socket) {
  socket.on('join', function (data) {
    var room = String(data.room);
    names[socket.id] = String(data.name);
    if (!roster[room]) roster[room] = {};
    roster[room][socket.id] = names[socket.id]; // want "added to roster"
    socket.join(room);
    io.sockets.in(room).emit('roster', roster[room]);
  });

  socket.on('disconnect', function () {
    delete names[socket.id];
  });
});

server.listen(3000);
