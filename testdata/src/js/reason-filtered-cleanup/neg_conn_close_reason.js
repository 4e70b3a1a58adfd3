// reason-filtered-cleanup, negative (exception: not a disconnect listener): the
// socket.conn 'close' handler only tracks transport statistics by reason; the real cleanup
// is an unconditional 'disconnect' handler.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const transportStats = { closed: 0, errors: 0 };
const tails = new Map();

app.get('/transport-stats', (req, res) => res.json(transportStats));

io.on('connection', (socket) => {
  socket.conn.on('close', (reason) => {
    if (reason === 'transport error') transportStats.errors++;
    else transportStats.closed++;
  });

  socket.on('tail', (file) => {
    tails.set(socket.id, String(file));
  });

  socket.on('disconnect', () => {
    tails.delete(socket.id);
  });
});

server.listen(3900);
