// Positive: arena keeps two module-level Sets of sockets. The disconnect handler
// removes the socket from `spectators` only; a socket still in `players` (removed only
// when it switches to spectating, which is not the disconnect path) is kept forever.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server, { transports: ['websocket'] });

const players = new Set();
const spectators = new Set();
const MAX_PLAYERS = 8;

function broadcastCounts() {
  io.emit('counts', { players: players.size, spectators: spectators.size });
}

io.on('connection', (socket) => {
  if (players.size < MAX_PLAYERS) {
    players.add(socket); // want "added to players"
    socket.emit('role', 'player');
  } else {
    spectators.add(socket);
    socket.emit('role', 'spectator');
  }
  broadcastCounts();

  socket.on('spectate', () => {
    players.delete(socket);
    spectators.add(socket);
    broadcastCounts();
  });

  socket.on('disconnect', () => {
    spectators.delete(socket);
    broadcastCounts();
  });
});

server.listen(7000);
