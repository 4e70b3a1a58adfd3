// Negative (exception: WeakMap / WeakSet keyed by the socket): per-socket rate-limit
// state and the "authenticated" flag are held weakly, so they are collected with the
// socket and need no removal on disconnect.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const rateState = new WeakMap();
const authenticated = new WeakSet();
const LIMIT_PER_SECOND = 20;

function allow(socket) {
  const now = Date.now();
  const state = rateState.get(socket);
  if (!state || now - state.windowStart > 1000) {
    rateState.set(socket, { windowStart: now, count: 1 });
    return true;
  }
  state.count += 1;
  return state.count <= LIMIT_PER_SECOND;
}

io.on('connection', (socket) => {
  rateState.set(socket, { windowStart: Date.now(), count: 0 });

  socket.on('auth', (token, ack) => {
    if (token === process.env.API_TOKEN) authenticated.add(socket);
    ack(authenticated.has(socket));
  });

  socket.on('event', (payload) => {
    if (!authenticated.has(socket) || !allow(socket)) return;
    io.emit('event', payload);
  });
});

server.listen(3000);
