// timer-not-cleared, negative: the disconnect event name comes from a same-file constant
// (EVENTS.DISCONNECT), the listener is a socket.once(...), and it is registered inside the
// 'join-table' event handler that starts the interval: all still the disconnect path.
const { createServer } = require('http');
const { Server } = require('socket.io');

const EVENTS = {
  JOIN: 'join-table',
  DISCONNECT: 'disconnect',
  STATE: 'table-state',
};

const httpServer = createServer();
const io = new Server(httpServer);
const tables = new Map();

function onConnection(socket) {
  socket.on(EVENTS.JOIN, (tableId) => {
    const table = tables.get(tableId) || { id: tableId, pot: 0, seats: [] };
    tables.set(tableId, table);
    socket.join(tableId);

    const stateTimer = setInterval(() => {
      socket.emit(EVENTS.STATE, table);
    }, 250);

    socket.once(EVENTS.DISCONNECT, () => {
      clearInterval(stateTimer);
      table.seats = table.seats.filter((s) => s !== socket.id);
    });
  });
}

io.on('connection', onConnection);

httpServer.listen(4400);
