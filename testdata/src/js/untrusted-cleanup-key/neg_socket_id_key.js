// untrusted-cleanup-key, negative (exception: the key is socket.id): the nickname comes
// from the client, but the registry is keyed by the socket id the server assigned.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const nicknames = new Map(); // socket id -> nickname

io.on('connection', (socket) => {
  socket.on('set-nick', (nick) => {
    nicknames.set(socket.id, String(nick).slice(0, 20));
    io.emit('nicks', [...nicknames.values()]);
  });

  socket.on('disconnect', () => {
    nicknames.delete(socket.id);
    io.emit('nicks', [...nicknames.values()]);
  });
});

server.listen(3000);
