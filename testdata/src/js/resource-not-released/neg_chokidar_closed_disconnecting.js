// resource-not-released, negative: exception "released on the disconnect path" via a
// 'disconnecting' handler: the per-socket chokidar watcher (and the read stream used to send
// the initial file) are closed there.
const http = require('http');
const fs = require('fs');
const path = require('path');
const chokidar = require('chokidar');
const { Server } = require('socket.io');

const DOCS = path.resolve(process.env.DOCS_DIR || './docs');
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  const file = path.join(DOCS, path.basename(String(socket.handshake.query.doc || 'README.md')));

  const initial = fs.createReadStream(file, { encoding: 'utf8' });
  initial.on('data', (chunk) => socket.emit('doc:chunk', chunk));
  initial.on('end', () => socket.emit('doc:loaded'));

  const watcher = chokidar.watch(file, { ignoreInitial: true });
  watcher.on('change', () => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (!err) socket.emit('doc:changed', text);
    });
  });

  socket.on('disconnecting', async () => {
    initial.destroy();
    await watcher.close();
    console.log(`preview ${socket.id} closed for ${path.basename(file)}`);
  });
});

server.listen(3008);
