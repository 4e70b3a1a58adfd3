// unguarded-disconnect-handler, negative (exception: the awaited callee is a same-file
// async function whose whole body is in try/catch, so it cannot reject).
const http = require('http');
const { Server } = require('socket.io');
const { Pool } = require('pg');

const pool = new Pool();
const server = http.createServer();
const io = new Server(server);

async function markOffline(userId) {
  try {
    await pool.query('UPDATE users SET online = false, last_seen = now() WHERE id = $1', [userId]);
  } catch (err) {
    console.error('markOffline', userId, err.message);
  }
}

io.on('connection', (socket) => {
  const userId = socket.handshake.auth.userId;

  socket.on('disconnect', async (reason) => {
    await markOffline(userId);
    io.emit('presence', { userId, online: false, reason });
  });
});

server.listen(3002);
