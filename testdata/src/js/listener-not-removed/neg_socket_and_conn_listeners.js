// listener-not-removed, negative: every listener is on the socket itself (on, once, onAny, use)
// or on socket.conn / socket.request; they are collected with the socket and need no removal.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', (socket) => {
  const log = (...args) => console.log(`[${socket.id}]`, ...args);

  socket.use(([event, payload], next) => {
    if (event === 'chat' && typeof payload !== 'string') return next(new Error('bad payload'));
    next();
  });

  socket.onAny((event) => log('event', event));

  socket.once('hello', (name) => {
    socket.data.name = name;
    socket.emit('welcome', `hi ${name}`);
  });

  socket.on('chat', (text) => io.emit('chat', { from: socket.data.name, text }));

  socket.conn.once('upgrade', () => log('upgraded to', socket.conn.transport.name));
  socket.conn.on('packet', ({ type }) => {
    if (type === 'pong') socket.data.lastPong = Date.now();
  });
  socket.conn.on('drain', () => log('drained'));

  socket.request.on('close', () => log('handshake request closed'));

  socket.on('error', (err) => log('error', err.message));
  socket.on('disconnect', (reason) => log('disconnected', reason));
});

server.listen(3000);
