// Negative (exceptions: non-async connection callback; a .then() chain where the
// registration stays synchronous in the callback body).
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { loadProfile } from './profiles.mjs';

const httpServer = createServer();
const io = new Server(httpServer);
const profiles = new Map();

io.on('connection', (socket) => {
  loadProfile(socket.handshake.auth.userId)
    .then((profile) => {
      if (!socket.connected) return;
      profiles.set(socket.id, profile);
      socket.emit('profile', profile);
    })
    .catch((err) => socket.emit('error', err.message));

  socket.on('disconnect', () => {
    profiles.delete(socket.id);
  });
});

httpServer.listen(3000);
