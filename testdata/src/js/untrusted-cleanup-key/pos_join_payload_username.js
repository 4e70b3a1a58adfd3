// untrusted-cleanup-key, positive: the username comes from the 'join' event payload and is
// stored in a closure variable; joining as "alice" and disconnecting removes the real
// alice from the user list.
const app = require('express')();
const server = require('http').Server(app);
const io = require('socket.io')(server);

const users = {}; // username -> socket id

io.on('connection', function (socket) {
  let username = null;

  socket.on('join', function (name) {
    username = name;
    users[username] = socket.id;
    io.emit('users', Object.keys(users));
  });

  socket.on('chat', function (text) {
    if (username) io.emit('chat', { from: username, text });
  });

  socket.on('disconnect', function () {
    if (!username) return;
    delete users[username]; // want "keyed by client-controlled"
    io.emit('users', Object.keys(users));
  });
});

server.listen(5000, function () {
  console.log('chat on 5000');
});
