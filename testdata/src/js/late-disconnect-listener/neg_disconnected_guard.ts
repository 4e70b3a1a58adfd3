// Negative (exception: a socket.disconnected guard after the await): the matchmaking
// handler awaits the player's rating, bails out if the socket went away meanwhile, and
// only then enqueues the player and registers the dequeue on disconnect.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { getRating } from './ratings';

interface QueuedPlayer {
  socketId: string;
  rating: number;
}

const httpServer = createServer();
const io = new Server(httpServer, { pingInterval: 10_000 });
let waiting: QueuedPlayer[] = [];

io.of('/matchmaking').on('connection', async (socket: Socket) => {
  const rating: number = await getRating(String(socket.handshake.auth.playerId));
  if (socket.disconnected) {
    return;
  }
  waiting.push({ socketId: socket.id, rating });

  socket.on('disconnect', () => {
    waiting = waiting.filter((p) => p.socketId !== socket.id);
  });
});

httpServer.listen(3010);
