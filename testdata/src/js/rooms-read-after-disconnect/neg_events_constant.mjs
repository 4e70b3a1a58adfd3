// Negative (exception: 'disconnecting' given by a same-file constant object): the event
// names live in an EVENTS map, and socket.on(EVENTS.LEAVE, ...) is a disconnecting
// handler, so reading socket.rooms there is correct.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const EVENTS = {
  JOIN: 'lobby:join',
  READY: 'lobby:ready',
  LEAVE: 'disconnecting',
};

const httpServer = createServer();
const io = new Server(httpServer);
const readyCount = new Map();

io.on('connection', (socket) => {
  socket.on(EVENTS.JOIN, (lobby) => socket.join(lobby));

  socket.on(EVENTS.READY, (lobby) => {
    readyCount.set(lobby, (readyCount.get(lobby) ?? 0) + 1);
    io.to(lobby).emit('ready-count', readyCount.get(lobby));
  });

  socket.on(EVENTS.LEAVE, () => {
    for (const lobby of socket.rooms) {
      if (lobby === socket.id) continue;
      io.to(lobby).emit('player-left', socket.id);
    }
  });
});

httpServer.listen(3000);
