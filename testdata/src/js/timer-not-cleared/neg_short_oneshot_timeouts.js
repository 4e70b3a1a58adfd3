// timer-not-cleared, negative: only short one-shot setTimeouts in the socket scope (a stored
// 3-second typing debounce, a MOTD delay, an ack deadline); they fire anyway and are bounded.
const express = require('express');
const http = require('http');
const socketIo = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = socketIo(server);

const { createHistory } = require('./history');

const history = createHistory({ ttlHours: 24 });
const MOTD = 'Be nice. Messages are kept for 24 hours.';

io.on('connection', (socket) => {
  let typingTimer = null;

  setTimeout(() => socket.emit('motd', MOTD), 1500);

  socket.on('typing', (room) => {
    socket.to(room).emit('typing', socket.id);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      socket.to(room).emit('stop-typing', socket.id);
    }, 3000);
  });

  socket.on('message', async (room, text, ack) => {
    const deadline = setTimeout(() => ack({ ok: false, error: 'timeout' }), 5000);
    await history.save(room, { from: socket.id, text, at: Date.now() });
    clearTimeout(deadline);
    io.to(room).emit('message', { from: socket.id, text });
    ack({ ok: true });
  });
});

server.listen(3005);
