// timer-not-cleared, positive: a presence heartbeat interval stored in a variable but cleared
// only in socket.on('close'), which is not a lifecycle event (not the disconnect path).
// The short one-shot typing setTimeout must not be flagged.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: '*' } });

const presence = new Map();

app.get('/online', (req, res) => {
  res.json({ online: [...presence.values()].map((p) => p.name) });
});

io.on('connection', (socket) => {
  const name = socket.handshake.auth.name || 'anonymous';
  presence.set(socket.id, { name, lastSeen: Date.now() });

  const heartbeat = setInterval(() => { // want "setInterval started for this socket is never cleared.*no disconnect handler is registered"
    const entry = presence.get(socket.id);
    if (entry) entry.lastSeen = Date.now();
    socket.emit('presence', [...presence.values()]);
  }, 15000);

  socket.on('typing', () => {
    socket.broadcast.emit('typing', name);
    setTimeout(() => socket.broadcast.emit('stop-typing', name), 3000);
  });

  socket.on('chat', (text) => {
    io.emit('chat', { from: name, text, at: Date.now() });
  });

  socket.on('close', () => {
    clearInterval(heartbeat);
    presence.delete(socket.id);
  });
});

server.listen(process.env.PORT || 3000, () => {
  console.log('chat presence server listening');
});
