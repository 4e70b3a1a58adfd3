// untrusted-cleanup-key, positive: the only cleanup is a custom 'disconnected' event the
// client sends, and the client names the room and the seat to free in it. Any client can
// free another player's seat, and a client that drops sends nothing at all.
const { Server } = require('socket.io');

const io = new Server(3000);
const tables = new Map(); // tableId -> { seats: {seatNo: socketId}, watchers: Set }

io.on('connection', (socket) => {
  socket.on('sit', (tableId, seatNo) => {
    const table = tables.get(tableId);
    if (!table || table.seats[seatNo]) return;
    table.seats[seatNo] = socket.id;
    io.to(tableId).emit('seats', table.seats);
  });

  socket.on('watch', (tableId) => {
    tables.get(tableId)?.watchers.add(socket.id);
  });

  socket.on('disconnected', (tableId, seatNo) => {
    const table = tables.get(tableId);
    delete table.seats[seatNo]; // want "custom 'disconnected' event is keyed by client-controlled event payload"
    table.watchers.delete(socket.id); // want "custom 'disconnected' event removes from an entry the client picks .tableId."
    io.to(tableId).emit('seats', table.seats);
  });
});
