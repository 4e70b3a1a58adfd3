// scattered-disconnect-handlers, positive: the connection callback is a function declared
// in the file; the second listener is added by a const arrow helper it calls.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const votes = new Map();
const voters = new Set();

io.on('connection', onConnection);

function onConnection(socket) {
  voters.add(socket.id);
  socket.on('disconnect', () => voters.delete(socket.id));
  setupVoting(socket);
}

const setupVoting = (socket) => {
  socket.on('vote', (option) => {
    votes.set(socket.id, String(option));
    io.emit('tally', [...votes.values()]);
  });
  socket.on('disconnect', () => { // want "another disconnect listener"
    votes.delete(socket.id);
    io.emit('tally', [...votes.values()]);
  });
};

server.listen(3005);
