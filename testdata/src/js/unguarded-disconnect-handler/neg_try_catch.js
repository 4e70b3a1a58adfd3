// unguarded-disconnect-handler, negative (exception: the awaits are wrapped in try/catch,
// and the local cleanup runs before them).
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const Redis = require('ioredis');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const redis = new Redis(process.env.REDIS_URL);
const local = new Map();

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;
  local.set(socket.id, userId);
  redis.sadd('online', userId).catch((err) => console.error('sadd', err));

  socket.on('disconnect', async (reason) => {
    local.delete(socket.id);
    try {
      await redis.srem('online', userId);
      await redis.hset(`user:${userId}`, 'lastSeen', Date.now());
    } catch (err) {
      console.error('presence cleanup failed', err);
    }
    io.emit('offline', { userId, reason });
  });
});

server.listen(3000);
