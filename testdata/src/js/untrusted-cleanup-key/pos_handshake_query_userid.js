// untrusted-cleanup-key, positive: the online registry is keyed by the userId the client
// put in its connection query string. Any client can connect with someone else's userId
// and, by disconnecting, evict that user's entry.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const online = new Map(); // userId -> socket id

app.get('/online/:userId', (req, res) => res.json({ online: online.has(req.params.userId) }));

io.on('connection', (socket) => {
  const userId = socket.handshake.query.userId;
  online.set(userId, socket.id);
  socket.broadcast.emit('user-online', userId);

  socket.on('dm', ({ to, text }) => {
    const target = online.get(to);
    if (target) io.to(target).emit('dm', { from: userId, text });
  });

  socket.on('disconnect', () => {
    online.delete(userId); // want "keyed by client-controlled"
    socket.broadcast.emit('user-offline', userId);
  });
});

server.listen(3000);
