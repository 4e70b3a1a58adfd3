// sensitive-data-retained, negative (exception: only non-secret data is stored): the
// last-seen directory is meant to outlive the socket, and holds just a name and a time.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { verifySession } = require('./auth');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const lastSeen = new Map(); // user id -> { name, at }

app.get('/last-seen/:id', (req, res) => res.json(lastSeen.get(req.params.id) ?? null));

io.use(async (socket, next) => {
  const user = await verifySession(socket.handshake.auth.token).catch(() => null);
  if (!user) return next(new Error('unauthorized'));
  socket.data.user = user;
  next();
});

io.on('connection', (socket) => {
  const { id, name } = socket.data.user;
  lastSeen.set(id, { name, at: null });

  socket.on('disconnect', () => {
    lastSeen.set(id, { name, at: Date.now() });
  });
});

server.listen(3002);
