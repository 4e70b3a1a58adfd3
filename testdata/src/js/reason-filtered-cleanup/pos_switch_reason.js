// reason-filtered-cleanup, positive (switch form): the reason selects what to do, and the
// upload stream is closed only in the 'client namespace disconnect' case; a dropped
// connection leaves the write stream (and its file descriptor) open.
const fs = require('fs');
const path = require('path');
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server, { maxHttpBufferSize: 1e7 });
const UPLOAD_DIR = process.env.UPLOAD_DIR || '/tmp/uploads';

io.on('connection', (socket) => {
  let out = null;

  socket.on('upload:start', (name) => {
    out = fs.createWriteStream(path.join(UPLOAD_DIR, `${socket.id}-${path.basename(String(name))}`));
  });

  socket.on('upload:chunk', (chunk) => {
    if (out) out.write(chunk);
  });

  socket.on('disconnect', (reason) => {
    switch (reason) { // want "runs only when"
      case 'client namespace disconnect':
        if (out) out.end();
        break;
      default:
        io.to('ops').emit('upload-interrupted', { id: socket.id, reason });
    }
  });
});

server.listen(3810);
