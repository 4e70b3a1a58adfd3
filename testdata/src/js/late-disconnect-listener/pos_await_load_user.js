// Positive: async connection handler loads the user from the database before
// registering its disconnect cleanup; a client that leaves during the query never
// triggers the cleanup (the presence entry stays "online").
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const db = require('./db');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on('connection', async (socket) => {
  const user = await db.loadUser(socket.handshake.auth.userId);
  db.setPresence(user.id, 'online').catch(console.error);
  socket.join(`user:${user.id}`);

  socket.on('status', (status) => {
    io.to(`user:${user.id}`).emit('status', status);
  });

  socket.on('disconnect', () => { // want "after the await at line 14"
    db.setPresence(user.id, 'offline').catch(console.error);
  });
});

server.listen(3000);
