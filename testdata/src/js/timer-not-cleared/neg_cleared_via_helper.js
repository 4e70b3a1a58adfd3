// timer-not-cleared, negative: the heartbeat interval and the stored 2-minute away timeout are
// cleared in a same-file helper (teardown) called from the disconnect handler.
const express = require('express');
const { createServer } = require('http');
const { Server } = require('socket.io');

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const online = new Map();

io.on('connection', (socket) => {
  const user = socket.handshake.auth.user || `guest-${socket.id.slice(0, 4)}`;
  online.set(socket.id, { user, status: 'online' });
  io.emit('presence', [...online.values()]);

  const heartbeat = setInterval(() => {
    socket.emit('presence', [...online.values()]);
  }, 15000);

  let awayTimer = setTimeout(() => markAway(), 120000);

  function markAway() {
    const entry = online.get(socket.id);
    if (entry) entry.status = 'away';
    io.emit('presence', [...online.values()]);
  }

  socket.on('activity', () => {
    clearTimeout(awayTimer);
    awayTimer = setTimeout(() => markAway(), 120000);
  });

  function teardown() {
    clearInterval(heartbeat);
    clearTimeout(awayTimer);
    online.delete(socket.id);
  }

  socket.on('disconnect', (reason) => {
    console.log(`${user} left (${reason})`);
    teardown();
    io.emit('presence', [...online.values()]);
  });
});

httpServer.listen(3000);
