// disconnect-not-logged, negative (exception: a plain log(...) call): a small timestamping
// log() wrapper is called from the disconnect handler.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const queue = [];

function log(...args) {
  console.log(new Date().toISOString(), ...args);
}

io.on('connection', (socket) => {
  socket.on('enqueue', (job) => {
    queue.push({ owner: socket.id, job });
    io.emit('queue-size', queue.length);
  });

  socket.on('disconnect', (reason) => {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (queue[i].owner === socket.id) queue.splice(i, 1);
    }
    log('worker client left', socket.id, reason);
  });
});

server.listen(3006);
