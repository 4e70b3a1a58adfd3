// Negative (the emptied record is deleted): the same two-player game server; on disconnect
// the player's slot is cleared, and a room nobody sits in any more is deleted.
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
    rooms[code] = room;
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
      if (!rooms[seat.code].player1 && !rooms[seat.code].player2) delete rooms[seat.code];
    }
    delete seats[socket.id];
  });
});

server.listen(3000);
