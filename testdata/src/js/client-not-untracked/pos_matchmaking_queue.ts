// Positive: matchmaking queue. Each ticket carries the socket id and is pushed into a
// module-level array that is only drained by the matcher when a match is made; the
// disconnect handler removes the `matches` entry (correct, no want) but leaves the
// ticket queued, so disconnected players get matched.
import express, { Request, Response } from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Ticket {
  socketId: string;
  rating: number;
  queuedAt: number;
}

const app = express();
const server = createServer(app);
const io = new Server(server);

const queue: Ticket[] = [];
const matches = new Map<string, string>();

app.get('/queue', (_req: Request, res: Response) => res.json({ waiting: queue.length }));

function tryMatch(): void {
  queue.sort((a, b) => a.rating - b.rating);
  while (queue.length >= 2) {
    const [a, b] = queue.splice(0, 2);
    const matchId = `${a.socketId}:${b.socketId}`;
    io.to(a.socketId).to(b.socketId).emit('matched', matchId);
  }
}

io.on('connection', (socket: Socket) => {
  socket.on('queue', (rating: number) => {
    queue.push({ socketId: socket.id, rating, queuedAt: Date.now() }); // want "added to queue"
    tryMatch();
  });

  socket.on('match-accepted', (matchId: string) => {
    matches.set(socket.id, matchId);
  });

  socket.on('disconnect', () => {
    matches.delete(socket.id);
  });
});

server.listen(8081);
