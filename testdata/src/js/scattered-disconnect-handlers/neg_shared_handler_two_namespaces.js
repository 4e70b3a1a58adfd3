// scattered-disconnect-handlers, negative (exception: different connection scopes): one
// named connection function serves two namespaces; each socket still gets exactly one
// disconnect listener.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const counts = { '/eu': 0, '/us': 0 };

function onConnection(socket) {
  const nsp = socket.nsp.name;
  counts[nsp] += 1;
  socket.emit('region', nsp);

  socket.on('disconnect', () => {
    counts[nsp] -= 1;
  });
}

io.of('/eu').on('connection', onConnection);
io.of('/us').on('connection', onConnection);

server.listen(3004);
