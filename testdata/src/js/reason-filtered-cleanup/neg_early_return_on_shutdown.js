// reason-filtered-cleanup, negative (the release is not under a reason condition): on
// "server shutting down" the handler returns early because the process is exiting and
// the whole map goes with it; for every other reason the release is unconditional.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const carts = new Map();

io.on('connection', (socket) => {
  carts.set(socket.id, []);

  socket.on('add', (sku) => carts.get(socket.id)?.push(String(sku)));

  socket.on('disconnect', (reason) => {
    if (reason === 'server shutting down') return;
    carts.delete(socket.id);
    io.to('staff').emit('cart-abandoned', socket.id);
  });
});

process.on('SIGTERM', () => io.close(() => process.exit(0)));
server.listen(3830);
