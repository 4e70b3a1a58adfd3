// disconnect-not-logged, positive: a game server whose disconnect handler stops the loop
// and removes the player silently; a logger exists but is only used at connect time.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import pino from 'pino';

const logger = pino({ level: 'info' });
const httpServer = createServer();
const io = new Server(httpServer);

type Player = { id: string; x: number; y: number; score: number };
const players = new Map<string, Player>();

io.on('connection', (socket: Socket) => {
  players.set(socket.id, { id: socket.id, x: 0, y: 0, score: 0 });
  logger.info({ id: socket.id }, 'player joined');

  const loop = setInterval(() => {
    socket.volatile.emit('state', [...players.values()]);
  }, 33);

  socket.on('input', (dx: number, dy: number) => {
    const p = players.get(socket.id);
    if (p) { p.x += dx; p.y += dy; }
  });

  socket.on('disconnect', () => { // want "records nothing"
    clearInterval(loop);
    players.delete(socket.id);
    io.emit('player-left', socket.id);
  });
});

httpServer.listen(4000);
