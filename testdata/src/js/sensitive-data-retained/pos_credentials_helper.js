// sensitive-data-retained, positive: the insertion happens in a same-file helper called
// from the 'connect-db' handler; database credentials typed by the user into an admin
// console are kept keyed by socket id. The disconnect only clears the query timer.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const consoles = new Map();

function rememberConsole(socket, host, credentials) {
  consoles.set(socket.id, { host, credentials, openedAt: Date.now() }); // want "secret-like"
}

io.of('/admin').on('connection', (socket) => {
  let slowQuery = null;

  socket.on('connect-db', ({ host, user, password }, ack) => {
    rememberConsole(socket, host, { user, password });
    ack({ ok: true });
  });

  socket.on('run', (sql) => {
    slowQuery = setTimeout(() => socket.emit('slow', sql), 10000);
  });

  socket.on('disconnect', () => {
    clearTimeout(slowQuery);
  });
});

server.listen(3004);
