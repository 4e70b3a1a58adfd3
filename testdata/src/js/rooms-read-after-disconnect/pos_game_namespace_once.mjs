// Positive: game namespace (io.of('/game')) with the cleanup registered via
// socket.once('disconnect'); the for...of over socket.rooms there never runs, so
// abandoned matches are never ended.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);
const game = io.of('/game');
const matches = new Map();

game.on('connection', (socket) => {
  socket.on('start', (matchId) => {
    socket.join(`match:${matchId}`);
    matches.set(matchId, { startedAt: Date.now(), moves: [] });
  });

  socket.on('move', (matchId, move) => {
    matches.get(matchId)?.moves.push(move);
    socket.to(`match:${matchId}`).emit('move', move);
  });

  socket.once('disconnect', (reason) => {
    for (const room of socket.rooms) { // want "always empty"
      if (!room.startsWith('match:')) continue;
      const matchId = room.slice('match:'.length);
      matches.delete(matchId);
      game.to(room).emit('forfeit', { matchId, reason });
    }
  });
});

httpServer.listen(5000);
