// Negative (exception: non-async connection callback): the awaited work runs in an
// io.use middleware, and the connection callback registers its disconnect listener
// synchronously.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const sessionStore = require('./session-store');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const connectedUsers = new Map();

io.use(async (socket, next) => {
  try {
    const session = await sessionStore.get(socket.handshake.auth.sid);
    if (!session) return next(new Error('no session'));
    socket.data.userId = session.userId;
    next();
  } catch (err) {
    next(err);
  }
});

io.on('connection', (socket) => {
  connectedUsers.set(socket.id, socket.data.userId);
  socket.emit('hello', socket.data.userId);

  socket.on('disconnect', () => {
    connectedUsers.delete(socket.id);
  });
});

server.listen(3000);
