// Negative (exception: guarded registration after an ack with a timeout): the hello
// handshake uses socket.timeout(5000).emitWithAck, which settles even after a
// disconnect, and a socket.disconnected check guards the registration after it.
import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const capabilities = new Map();

io.on('connection', async (socket) => {
  let caps = { compression: false };
  try {
    caps = await socket.timeout(5000).emitWithAck('hello', { server: 'v3' });
  } catch {
    console.warn(`no hello ack from ${socket.id}`);
  }
  if (socket.disconnected) return;
  capabilities.set(socket.id, caps);

  socket.on('disconnect', () => {
    capabilities.delete(socket.id);
  });
});

httpServer.listen(3000);
