'use strict';

// Chat and live order dashboard on one socket.io server, behind Express.
// FIXED version: everything a connection acquires is released when it leaves.

const http = require('http');
const { EventEmitter } = require('events');
const express = require('express');
const { Server } = require('socket.io');

const app = express();
const httpServer = http.createServer(app);
const io = new Server(httpServer, { cors: { origin: process.env.CORS_ORIGIN || '*' } });

// New orders, shared by every dashboard; one listener per connected dashboard.
const orderFeed = new EventEmitter();
orderFeed.setMaxListeners(0);

// socket.id -> { name, since }
const online = new Map();

function readMetrics() {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed, online: online.size, uptime: Math.round(process.uptime()) };
}

function presenceList() {
  return [...online.values()].map((user) => user.name);
}

app.get('/healthz', (req, res) => res.json({ ok: true, online: online.size }));

app.post('/orders', express.json(), (req, res) => {
  orderFeed.emit('order', { id: Date.now(), ...req.body });
  res.status(202).end();
});

io.on('connection', (socket) => {
  const name = String(socket.handshake.auth.name || 'guest');
  online.set(socket.id, { name, since: Date.now() });
  io.emit('presence', presenceList());

  // Dashboard: metrics every 5 s, and every new order as it arrives.
  const metricsTimer = setInterval(() => {
    socket.emit('metrics', readMetrics());
  }, 5000);

  const onOrder = (order) => socket.emit('order', order);
  orderFeed.on('order', onOrder);

  // Chat.
  socket.on('join', (room, ack) => {
    socket.join(room);
    socket.to(room).emit('joined', { room, name });
    if (typeof ack === 'function') ack({ ok: true });
  });

  socket.on('message', ({ room, text }) => {
    io.to(room).emit('message', { room, from: name, text: String(text), at: Date.now() });
  });

  // One cleanup handler, on 'disconnecting': it runs for every disconnect
  // reason, while socket.rooms still lists the rooms the socket is leaving.
  socket.on('disconnecting', (reason) => {
    for (const room of socket.rooms) {
      if (room !== socket.id) socket.to(room).emit('left', { room, name });
    }
    clearInterval(metricsTimer);
    orderFeed.off('order', onOrder);
    online.delete(socket.id);
    socket.broadcast.emit('presence', presenceList());
    console.log(`${name} (${socket.id}) left: ${reason}`);
  });
});

httpServer.listen(Number(process.env.PORT) || 3000);
