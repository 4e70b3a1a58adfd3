// Negative (exception: disconnect listener registered before the first await): the
// cleanup is attached synchronously, then the handler awaits the database.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const db = require('./db');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const online = new Map();

io.on('connection', async (socket) => {
  socket.on('disconnect', () => {
    const userId = online.get(socket.id);
    online.delete(socket.id);
    if (userId) db.setPresence(userId, 'offline').catch(console.error);
  });

  const user = await db.loadUser(socket.handshake.auth.userId);
  if (!user) return socket.disconnect(true);
  online.set(socket.id, user.id);
  await db.setPresence(user.id, 'online');
  socket.emit('ready', { name: user.name });
});

server.listen(3000);
