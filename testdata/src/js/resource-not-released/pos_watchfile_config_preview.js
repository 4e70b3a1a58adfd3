// resource-not-released, positive: a config preview panel. On connection the server polls the
// selected config file with fs.watchFile and streams a parsed preview; fs.unwatchFile(file) is
// never called, so each visit leaves a stat poller (and its closure over the socket) behind.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { Server } = require('socket.io');

const CONF_DIR = '/etc/myapp/conf.d';
const server = http.createServer();
const io = new Server(server);

function sendPreview(socket, file) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return socket.emit('preview-error', err.code);
    const entries = [];
    for (const line of text.split('\n')) {
      const m = /^\s*([\w.]+)\s*=\s*(.*)$/.exec(line);
      if (m) entries.push({ key: m[1], value: m[2] });
    }
    socket.emit('preview', entries.slice(0, 200));
  });
}

io.on('connection', (socket) => {
  const file = path.join(CONF_DIR, path.basename(String(socket.handshake.query.file || 'app.conf')));
  sendPreview(socket, file);

  fs.watchFile(file, { interval: 2000 }, (curr, prev) => { // want "watchFile.*never released"
    if (curr.mtimeMs !== prev.mtimeMs) sendPreview(socket, file);
  });

  socket.on('disconnect', () => {
    console.log('preview closed', socket.id);
  });
});

server.listen(3310);
