// unguarded-disconnect-handler, positive: an async function expression awaits a same-file
// async helper whose body is NOT wrapped in try/catch, so the helper's query can reject
// through the listener.
const http = require('http');
const { Server } = require('socket.io');
const { Pool } = require('pg');

const pool = new Pool();
const server = http.createServer();
const io = new Server(server);

async function markOffline(userId) {
  await pool.query('UPDATE users SET online = false, last_seen = now() WHERE id = $1', [userId]);
}

io.on('connection', function (socket) {
  const userId = socket.handshake.auth.userId;

  socket.on('typing', function (room) {
    socket.to(room).emit('typing', userId);
  });

  socket.on('disconnect', async function (reason) { // want "outside try/catch"
    await markOffline(userId);
    io.emit('presence', { userId, online: false, reason });
  });
});

server.listen(3004);
