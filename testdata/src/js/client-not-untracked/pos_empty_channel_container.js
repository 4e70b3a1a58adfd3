// Positive: a video-call signalling server keeps peers per channel. The disconnect path
// removes the peer from its channel but never drops the channel object once it is empty,
// so every channel id a client ever sends stays in memory.
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
    if (!(channel in channels)) channels[channel] = {}; // want `per-key container channels\[channel\] = \{\} is added to channels`
    for (const id in channels[channel]) {
      channels[channel][id].emit('addPeer', { peer_id: socket.id, peerName });
    }
    channels[channel][socket.id] = socket;
    joined.add(channel);
  });

  socket.on('disconnect', () => {
    for (const channel of joined) {
      delete channels[channel][socket.id];
      for (const id in channels[channel]) {
        channels[channel][id].emit('removePeer', { peer_id: socket.id });
      }
    }
  });
});

server.listen(3000);
