// disconnect-not-logged, positive: a plain counter decrement is not a log or audit call,
// and the admin namespace has an empty disconnect handler copied from a tutorial.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const stats = { online: 0, total: 0 };

app.get('/stats', (req, res) => res.json(stats));

io.on('connection', (socket) => {
  stats.online++;
  stats.total++;
  socket.on('disconnect', () => { // want "records nothing"
    stats.online--;
  });
});

io.of('/admin').on('connection', (socket) => {
  socket.on('stats', (ack) => ack(stats));
  socket.on('disconnect', () => {}); // want "records nothing"
});

server.listen(3004);
