// disconnect-not-logged, positive: the handler only drops the socket's jobs from the
// print backlog and the catalog lock table; `backlog` and `catalog` are data structures,
// not loggers.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const backlog = new Map(); // socket id -> job ids
const catalog = new Map(); // item id -> socket id holding the edit lock

io.of('/print').on('connection', (socket) => {
  backlog.set(socket.id, []);

  socket.on('print', (jobId) => {
    backlog.get(socket.id).push(String(jobId));
    io.of('/print').emit('queued', jobId);
  });

  socket.on('lock-item', (itemId, ack) => {
    if (catalog.has(itemId)) return ack(false);
    catalog.set(itemId, socket.id);
    ack(true);
  });

  socket.on('disconnect', () => { // want "records nothing"
    backlog.delete(socket.id);
    for (const [item, owner] of catalog) if (owner === socket.id) catalog.delete(item);
  });
});

server.listen(3008);
