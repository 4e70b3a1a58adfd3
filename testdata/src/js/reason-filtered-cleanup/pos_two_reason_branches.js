// reason-filtered-cleanup, positive: two separate reason-conditioned releases. The idle
// timeout is cleared only on a server-side kick, and the matchmaking ticket is spliced out
// only when the client leaves voluntarily; each misses the other reasons.
const express = require('express');
const { createServer } = require('http');
const { Server } = require('socket.io');

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

const queue = [];
const IDLE_MS = 5 * 60 * 1000;

io.on('connection', (socket) => {
  let idle = setTimeout(() => socket.disconnect(true), IDLE_MS);

  socket.on('queue', (rating) => {
    clearTimeout(idle);
    idle = setTimeout(() => socket.disconnect(true), IDLE_MS);
    queue.push({ id: socket.id, rating: Number(rating) });
  });

  socket.on('disconnect', (reason) => {
    if (reason === 'server namespace disconnect') { // want "runs only when"
      clearTimeout(idle);
    }
    const i = queue.findIndex((t) => t.id === socket.id);
    if (reason === 'client namespace disconnect' && i !== -1) { // want "runs only when"
      queue.splice(i, 1);
    }
  });
});

httpServer.listen(3300);
