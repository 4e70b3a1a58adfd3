// unguarded-disconnect-handler, negative (the awaited promise has its own .catch(), the
// `await p.catch(fn)` form of a caught chain): neither await can reject, so the local
// cleanup after them always runs.
const http = require('http');
const { Server } = require('socket.io');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const server = http.createServer();
const io = new Server(server);
const local = new Map();

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;
  local.set(socket.id, userId);

  socket.on('disconnect', async (reason) => {
    await redis.srem('online', userId).catch((err) => console.error('srem failed', err));
    await redis
      .hset(`user:${userId}`, 'lastSeen', Date.now())
      .catch((err) => console.error('hset failed', err));
    local.delete(socket.id);
    io.emit('offline', { userId, reason });
  });
});

server.listen(3006);
