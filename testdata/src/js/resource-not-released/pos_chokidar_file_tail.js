// resource-not-released, positive: a log viewer. 'tail' starts a chokidar watcher on the requested
// log file for this socket and 'untail' closes it, but a client that simply closes the tab never
// sends 'untail', and the disconnect handler only logs: the watcher (and its fs handles) leaks.
const http = require('http');
const fs = require('fs');
const path = require('path');
const chokidar = require('chokidar');
const { Server } = require('socket.io');

const LOG_DIR = '/var/log/app';
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  let watcher = null;

  socket.on('tail', (name) => {
    const file = path.join(LOG_DIR, path.basename(name));
    let offset = fs.statSync(file).size;

    watcher = chokidar.watch(file, { usePolling: false, awaitWriteFinish: false }); // want "watch.*never released"
    watcher.on('change', () => {
      const size = fs.statSync(file).size;
      if (size < offset) offset = 0;
      const chunk = Buffer.alloc(size - offset);
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, chunk, 0, chunk.length, offset);
      fs.closeSync(fd);
      offset = size;
      socket.emit('lines', chunk.toString('utf8'));
    });
  });

  socket.on('untail', async () => {
    if (watcher) await watcher.close();
    watcher = null;
  });

  socket.on('disconnect', (reason) => {
    console.log(`log viewer ${socket.id} left (${reason})`);
  });
});

server.listen(3300);
