// reason-filtered-cleanup, positive: a 'disconnecting' listener that frees the seats of the
// rooms the socket is in, written with `&&`: seats are freed only when the server
// kicked the player, so players who just close the browser keep their seats.
const http = require('http');
const socketio = require('socket.io');

const server = http.createServer();
const io = socketio(server);

const seats = new Map(); // room -> Map(seat -> socket id)

io.on('connection', (socket) => {
  socket.on('sit', ({ table, seat }, ack) => {
    if (!seats.has(table)) seats.set(table, new Map());
    const taken = seats.get(table);
    if (taken.has(seat)) return ack({ ok: false });
    taken.set(seat, socket.id);
    socket.join(table);
    ack({ ok: true });
  });

  socket.on('disconnecting', (reason) => {
    for (const table of socket.rooms) {
      const taken = seats.get(table);
      if (!taken) continue;
      for (const [seat, id] of taken) {
        reason === 'server namespace disconnect' && id === socket.id && taken.delete(seat); // want "runs only when"
      }
      io.to(table).emit('seats', [...taken.keys()]);
    }
  });
});

server.listen(3200);
