// scattered-disconnect-handlers, positive: a second disconnect listener is registered
// inside the 'join-game' handler (and a third on every further join).
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Game {
  id: string;
  players: Set<string>;
}

const httpServer = createServer();
const io = new Server(httpServer);
const games = new Map<string, Game>();
const lobby = new Set<string>();

io.on('connection', (socket: Socket) => {
  lobby.add(socket.id);
  socket.on('disconnect', () => {
    lobby.delete(socket.id);
  });

  socket.on('join-game', (gameId: string) => {
    lobby.delete(socket.id);
    const game = games.get(gameId) ?? { id: gameId, players: new Set<string>() };
    games.set(gameId, game);
    game.players.add(socket.id);
    socket.join(gameId);

    socket.on('disconnect', () => { // want "another disconnect listener"
      game.players.delete(socket.id);
      if (game.players.size === 0) games.delete(gameId);
    });
  });
});

httpServer.listen(4000);
