// sensitive-data-retained, negative (exception: the entry is removed on disconnect): the
// token is needed for upstream calls while connected and deleted when the socket leaves.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { fetchInbox } = require('./mail');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const sessions = new Map();

io.on('connection', (socket) => {
  sessions.set(socket.id, { userId: socket.handshake.auth.userId, accessToken: socket.handshake.auth.token });

  socket.on('inbox', async (ack) => {
    const s = sessions.get(socket.id);
    try {
      ack(await fetchInbox(s.accessToken));
    } catch (err) {
      ack({ error: 'upstream failed' });
    }
  });

  socket.on('disconnect', () => {
    sessions.delete(socket.id);
  });
});

server.listen(3000);
