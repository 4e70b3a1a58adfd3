// untrusted-cleanup-key, negative: the client may announce that it is leaving with a
// custom 'disconnected' event, but the server also has a real 'disconnect' listener that
// frees the seat from server-side state. The custom event is then only a courtesy, and a
// payload-keyed lookup in it is not the socket's cleanup.
const { Server } = require('socket.io');

const io = new Server(3000);
const tables = new Map(); // tableId -> { seats: {seatNo: socketId} }
const seatOf = new Map(); // socket.id -> { tableId, seatNo }

io.on('connection', (socket) => {
  socket.on('sit', (tableId, seatNo) => {
    const table = tables.get(tableId);
    if (!table || table.seats[seatNo]) return;
    table.seats[seatNo] = socket.id;
    seatOf.set(socket.id, { tableId, seatNo });
  });

  socket.on('disconnected', (tableId) => {
    io.to(tableId).emit('leaving', socket.id);
  });

  socket.on('disconnect', () => {
    const seat = seatOf.get(socket.id);
    if (!seat) return;
    const table = tables.get(seat.tableId);
    if (table && table.seats[seat.seatNo] === socket.id) delete table.seats[seat.seatNo];
    seatOf.delete(socket.id);
  });
});
