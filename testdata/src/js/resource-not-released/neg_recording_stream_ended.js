// resource-not-released, negative: exception "released on the disconnect path" for a file stream:
// the per-socket audit recording stream is ended in the disconnect handler (and on 'rec:stop').
const http = require('http');
const fs = require('fs');
const path = require('path');
const { Server } = require('socket.io');

const DIR = process.env.AUDIT_DIR || '/var/log/ws-audit';
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  const user = socket.handshake.auth.user || 'anonymous';
  const log = fs.createWriteStream(path.join(DIR, `${user}-${socket.id}.log`), { flags: 'a' });
  log.write(`${new Date().toISOString()} connect ${socket.handshake.address}\n`);

  socket.onAny((event, ...args) => {
    log.write(`${new Date().toISOString()} ${event} ${JSON.stringify(args).slice(0, 500)}\n`);
  });

  socket.on('rec:stop', () => {
    log.write(`${new Date().toISOString()} stop requested\n`);
  });

  socket.on('disconnect', (reason) => {
    log.end(`${new Date().toISOString()} disconnect ${reason}\n`);
  });
});

server.listen(3011);
