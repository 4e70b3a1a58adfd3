// timer-not-cleared, positive: a CSV export pump that re-arms itself with setImmediate until the
// rows run out. It stops only when the data ends, never when the socket goes away, so a client that
// leaves mid-export keeps the loop (and the socket) alive. The 'disconnect' handler only logs.
const http = require('http');
const Database = require('better-sqlite3');
const { Server } = require('socket.io');

const db = new Database('audit.db', { readonly: true });
const server = http.createServer();
const io = new Server(server);

const BATCH = 500;

io.on('connection', (socket) => {
  socket.on('export', ({ from, to }) => {
    const rows = db
      .prepare('SELECT ts, actor, action FROM audit WHERE ts BETWEEN ? AND ? ORDER BY ts')
      .iterate(from, to);

    function pump() {
      const batch = [];
      for (let r = rows.next(); !r.done; r = rows.next()) {
        batch.push(`${r.value.ts},${r.value.actor},${r.value.action}`);
        if (batch.length === BATCH) break;
      }
      if (batch.length === 0) return socket.emit('export-done');
      socket.emit('export-chunk', batch.join('\n'));
      setImmediate(pump); // want "setImmediate loop started for this socket is never cleared"
    }
    pump();
  });

  socket.on('disconnect', (reason) => {
    console.log(`exporter ${socket.id} gone: ${reason}`);
  });
});

server.listen(3006);
