// Negative (exception: `delete S[k]` on the disconnect path): multiplayer game loop
// keeps players and inputs keyed by socket.id and deletes both on disconnect. The
// broadcast interval is module-level and irrelevant to this rule.
const express = require('express');
const path = require('path');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
app.use(express.static(path.join(__dirname, 'public')));
const server = http.createServer(app);
const io = new Server(server);

const players = {};
const inputs = {};
const TICK_MS = 50;

io.on('connection', (socket) => {
  players[socket.id] = { x: 400, y: 300, angle: 0, hp: 100 };
  socket.emit('welcome', socket.id);

  socket.on('input', (keys) => {
    inputs[socket.id] = keys;
  });

  socket.on('disconnect', () => {
    delete players[socket.id];
    delete inputs[socket.id];
    io.emit('despawn', socket.id);
  });
});

setInterval(() => {
  for (const id of Object.keys(players)) {
    const p = players[id];
    const k = inputs[id] || {};
    if (k.left) p.angle -= 0.1;
    if (k.right) p.angle += 0.1;
    if (k.up) { p.x += Math.cos(p.angle) * 4; p.y += Math.sin(p.angle) * 4; }
  }
  io.volatile.emit('state', players);
}, TICK_MS);

server.listen(3000);
