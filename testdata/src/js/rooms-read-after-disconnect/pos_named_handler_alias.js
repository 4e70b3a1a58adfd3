// Positive: the connection handler is a function declared in the same file and
// registered by name; inside 'disconnect' the socket is read through an alias
// (`const client = socket`), and client.rooms is still the emptied Set.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const typingByRoom = {};

function onConnection(socket) {
  const client = socket;

  client.on('typing', (room) => {
    typingByRoom[room] = typingByRoom[room] || new Set();
    typingByRoom[room].add(client.id);
    client.to(room).emit('typing', [...typingByRoom[room]]);
  });

  client.on('disconnect', () => {
    for (const room of client.rooms.values()) { // want "always empty"
      if (typingByRoom[room]) typingByRoom[room].delete(client.id);
    }
  });
}

io.on('connection', onConnection);

server.listen(3000);
