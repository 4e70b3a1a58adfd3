// Negative: the same signalling server, fixed: when the last peer leaves a channel the
// emptied channel object is deleted too.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const channels = {};

io.on('connection', (socket) => {
  const joined = new Set();

  socket.on('join', ({ channel, peerName }) => {
    if (!(channel in channels)) channels[channel] = {};
    for (const id in channels[channel]) {
      channels[channel][id].emit('addPeer', { peer_id: socket.id, peerName });
    }
    channels[channel][socket.id] = socket;
    joined.add(channel);
  });

  socket.on('disconnect', () => {
    for (const channel of joined) {
      delete channels[channel][socket.id];
      if (Object.keys(channels[channel]).length === 0) delete channels[channel];
    }
  });
});

server.listen(3000);
