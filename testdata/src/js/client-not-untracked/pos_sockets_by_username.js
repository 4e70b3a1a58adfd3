// Positive: direct-message server indexes sockets by username in a 'login' handler
// (`sockets[username] = socket`: the value is the socket). The disconnect handler only
// clears the typing indicator, so the socket object itself is retained forever.
const app = require('express')();
const server = require('http').Server(app);
const io = require('socket.io')(server);

const sockets = {};
const typing = new Set();

io.on('connection', function (socket) {
  let username = null;

  socket.on('login', function (name, ack) {
    username = name;
    sockets[username] = socket; // want "added to sockets"
    ack({ ok: true });
  });

  socket.on('typing', function () {
    if (username) typing.add(username);
  });

  socket.on('dm', function ({ to, text }) {
    const target = sockets[to];
    if (target) target.emit('dm', { from: username, text });
  });

  socket.on('disconnect', function () {
    if (username) typing.delete(username);
  });
});

server.listen(5000, function () {
  console.log('dm server on 5000');
});
