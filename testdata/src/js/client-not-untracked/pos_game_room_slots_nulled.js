// Positive: a two-player board game server. Each 'create' makes a room record keyed by a
// generated code; on disconnect the player's slot is cleared (player1/player2 = null) but an
// abandoned room is never deleted, so every room ever created stays in memory with its board.
const http = require('http');
const { Server } = require('socket.io');
const crypto = require('crypto');

const server = http.createServer();
const io = new Server(server);
const rooms = {};
const seats = {};

io.on('connection', (socket) => {
  socket.on('create', (name, ack) => {
    const code = crypto.randomBytes(3).toString('hex');
    const room = { player1: name, player2: null, board: Array(9).fill(null), turn: 1 };
    rooms[code] = room; // want "per-key container rooms\\[code\\] = room is added to rooms"
    seats[socket.id] = { code, name };
    socket.join(code);
    ack(code);
  });

  socket.on('join', ({ code, name }, ack) => {
    const room = rooms[code];
    if (!room || room.player2) return ack(false);
    room.player2 = name;
    seats[socket.id] = { code, name };
    socket.join(code);
    io.to(code).emit('start', room);
    ack(true);
  });

  socket.on('disconnect', () => {
    const seat = seats[socket.id];
    if (!seat) return;
    if (rooms[seat.code]) {
      if (rooms[seat.code].player1 === seat.name) rooms[seat.code].player1 = null;
      if (rooms[seat.code].player2 === seat.name) rooms[seat.code].player2 = null;
      io.to(seat.code).emit('left', seat.name);
    }
    delete seats[socket.id];
  });
});

server.listen(3000);
