// Positive: collaborative editor. The 'disconnecting' handler correctly reads the rooms
// to release document locks (no want), but the 'disconnect' handler builds the list of
// documents to update with [...socket.rooms], which is always empty there.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);
const locks = new Map(); // docId -> socket id holding the lock

io.on('connection', (socket) => {
  socket.on('open-doc', (docId) => socket.join(`doc:${docId}`));

  socket.on('lock', (docId, ack) => {
    if (locks.has(docId)) return ack(false);
    locks.set(docId, socket.id);
    ack(true);
  });

  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      const docId = room.replace(/^doc:/, '');
      if (locks.get(docId) === socket.id) locks.delete(docId);
    }
  });

  socket.on('disconnect', () => {
    const docs = [...socket.rooms].filter((r) => r.startsWith('doc:')); // want "always empty"
    for (const room of docs) io.to(room).emit('viewer-left', socket.id);
  });
});

httpServer.listen(4000);
