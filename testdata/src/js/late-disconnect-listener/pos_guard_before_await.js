// Positive: the socket.connected check runs BEFORE the await, so it guards nothing;
// the disconnect listener registered after the rate-limiter await is still late.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { RateLimiterMemory } = require('rate-limiter-flexible');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const limiter = new RateLimiterMemory({ points: 10, duration: 60 });
const active = new Set();

io.on('connection', async (socket) => {
  if (!socket.connected) return;
  try {
    await limiter.consume(socket.handshake.address);
  } catch (rejected) {
    socket.emit('rate-limited', Math.ceil(rejected.msBeforeNext / 1000));
    return socket.disconnect(true);
  }
  active.add(socket.id);

  socket.on('disconnect', () => active.delete(socket.id)); // want "after the await at line 17"
});

server.listen(3000);
