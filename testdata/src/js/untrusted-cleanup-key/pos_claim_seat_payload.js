// untrusted-cleanup-key, positive: a ticket-booking hold. The seat number comes from the
// 'hold' payload; a second 'hold' for a seat another client holds overwrites `mySeat`
// without checking, and the disconnect then releases the other client's hold.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const holds = {}; // seat -> socket id

io.on('connection', (socket) => {
  let mySeat;

  socket.on('hold', (seat, ack) => {
    mySeat = seat;
    holds[seat] = socket.id;
    io.emit('held', seat);
    ack && ack({ ok: true });
  });

  socket.on('disconnect', () => {
    if (mySeat === undefined) return;
    delete holds[mySeat]; // want "keyed by client-controlled"
    io.emit('released', mySeat);
  });
});

server.listen(4300);
