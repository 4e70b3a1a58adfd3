// Negative (exceptions: insertions unrelated to the socket, and counters): the chat
// history stores only the payload's author/text, and the connection count is a plain
// counter; neither needs removal on disconnect.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const history = [];
const stats = { connections: 0, messages: 0 };
const MAX_HISTORY = 200;

app.get('/stats', (req, res) => res.json(stats));

io.on('connection', (socket) => {
  stats.connections++;
  socket.emit('history', history);

  socket.on('message', ({ author, text }) => {
    const entry = { author: String(author).slice(0, 32), text: String(text), at: Date.now() };
    history.push(entry);
    if (history.length > MAX_HISTORY) history.shift();
    stats.messages += 1;
    io.emit('message', entry);
  });

  socket.on('disconnect', () => {
    stats.connections--;
  });
});

server.listen(3000);
