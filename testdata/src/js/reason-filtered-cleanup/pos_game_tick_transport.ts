// reason-filtered-cleanup, positive: the per-player state broadcast interval is cleared
// only for transport-level disconnects; a server-initiated kick
// ("server namespace disconnect") or "ping timeout" keeps the interval running.
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';

interface PlayerState {
  x: number;
  y: number;
  hp: number;
}

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: '*' } });
const world = new Map<string, PlayerState>();

io.on('connection', (socket: Socket) => {
  world.set(socket.id, { x: 0, y: 0, hp: 100 });

  const tick = setInterval(() => {
    socket.volatile.emit('world', Object.fromEntries(world));
  }, 50);

  socket.on('move', (dx: number, dy: number) => {
    const p = world.get(socket.id);
    if (p) { p.x += dx; p.y += dy; }
  });

  socket.on('disconnect', (reason: DisconnectReason) => {
    world.delete(socket.id);
    if (reason === 'transport close' || reason === 'transport error') { // want "runs only when"
      clearInterval(tick);
    }
  });
});

httpServer.listen(4000);
