// Positive: a same-file helper leaveRooms(sock) iterates sock.rooms and is called from
// the 'disconnect' handler with the socket; the read is reported in the helper.
const http = require('http');
const { Server } = require('socket.io');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const server = http.createServer();
const io = new Server(server);

async function leaveRooms(sock) {
  const pipeline = redis.pipeline();
  for (const room of sock.rooms) { // want "always empty"
    if (room === sock.id) continue;
    pipeline.srem(`room:${room}:members`, sock.data.userId);
    sock.to(room).emit('member-left', sock.data.userId);
  }
  await pipeline.exec();
}

io.on('connection', (socket) => {
  socket.data.userId = socket.handshake.auth.userId;

  socket.on('enter', async (room) => {
    await redis.sadd(`room:${room}:members`, socket.data.userId);
    socket.join(room);
  });

  socket.on('disconnect', () => {
    leaveRooms(socket).catch((err) => console.error('leaveRooms failed', err));
  });
});

server.listen(3000);
