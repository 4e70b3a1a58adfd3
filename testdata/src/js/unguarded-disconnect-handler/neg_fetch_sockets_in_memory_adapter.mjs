// unguarded-disconnect-handler, negative: with the default in-memory adapter,
// fetchSockets() answers from local state and cannot reject, so awaiting it in the
// disconnecting handler without try/catch skips nothing (socketio-semantics: only a
// cluster adapter turns it into a request to other nodes).
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', (socket) => {
  socket.on('join-room', (room) => socket.join(String(room)));

  socket.on('disconnecting', async () => {
    for (const room of socket.rooms) {
      if (room === socket.id) continue;
      const others = await io.in(room).fetchSockets();
      socket.to(room).emit('room-user-change', others.filter((s) => s.id !== socket.id).map((s) => s.id));
    }
  });
});

httpServer.listen(3000);
