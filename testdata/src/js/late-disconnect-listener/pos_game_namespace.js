// Positive: io.of('/game').on('connection', async (socket) => ...) reserves a seat in
// redis and only then registers both its 'disconnecting' and 'disconnect' listeners:
// both registrations are late (two findings).
const http = require('http');
const { Server } = require('socket.io');
const Redis = require('ioredis');

const redis = new Redis();
const server = http.createServer();
const io = new Server(server);

io.of('/game').on('connection', async (socket) => {
  const seat = await redis.incr(`table:${socket.handshake.query.table}:seats`);
  const table = String(socket.handshake.query.table);
  socket.join(table);
  socket.emit('seated', seat);

  socket.on('disconnecting', () => { // want "after the await at line 13"
    for (const room of socket.rooms) io.of('/game').to(room).emit('seat-free', seat);
  });

  socket.on('disconnect', () => { // want "after the await at line 13"
    redis.decr(`table:${table}:seats`).catch(() => {});
  });
});

server.listen(3000);
