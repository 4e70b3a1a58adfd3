// Positive: game server stores players and their last input time in module-level
// objects keyed by socket.id and "cleans up" in io.on('disconnect'), which never fires
// (a namespace has no disconnect event), so both entries leak.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);

const players = {};
const lastInput = {};
const WORLD = { width: 800, height: 600 };

io.on('connection', (socket) => {
  players[socket.id] = { // want "added to players"
    x: Math.random() * WORLD.width,
    y: Math.random() * WORLD.height,
    score: 0,
  };
  socket.emit('init', { id: socket.id, players });

  socket.on('move', ({ dx, dy }) => {
    const p = players[socket.id];
    if (!p) return;
    p.x = Math.max(0, Math.min(WORLD.width, p.x + dx));
    p.y = Math.max(0, Math.min(WORLD.height, p.y + dy));
    lastInput[socket.id] = Date.now(); // want "added to lastInput"
    socket.broadcast.emit('moved', { id: socket.id, x: p.x, y: p.y });
  });
});

io.on('disconnect', (socket) => {
  delete players[socket.id];
  delete lastInput[socket.id];
  io.emit('left', socket.id);
});

httpServer.listen(4000);
