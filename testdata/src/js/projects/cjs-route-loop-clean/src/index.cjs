// Role: entry point: Express + socket.io; board handlers registered from a visible route table in a loop.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { onOpen, onLock, onUnlock, onMove } = require('./handlers/boards.cjs');
const { forgetViewer, releaseLocks } = require('./lib/cleanup.cjs');
const audit = require('../packages/audit');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.get('/api/audit', (req, res) => res.json(audit.recent(Number(req.query.n) || 50)));

const routes = {
  'board:open': onOpen,
  'card:lock': onLock,
  'card:unlock': onUnlock,
  'card:move': onMove,
};

io.on('connection', (socket) => {
  for (const [event, handler] of Object.entries(routes)) socket.on(event, handler);

  socket.on('disconnecting', () => {
    const boardId = forgetViewer(socket.id);
    const released = releaseLocks(socket.id);
    if (boardId) socket.to(`board:${boardId}`).emit('viewer:left', { id: socket.id, released });
  });
});

server.listen(process.env.PORT || 3000);
