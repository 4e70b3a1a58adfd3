// reason-filtered-cleanup, positive: chat presence removes the user only when the client
// called socket.disconnect() itself. A closed tab ("transport close") or a "ping timeout"
// leaves the user listed as online forever.
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const online = new Map();

app.get('/online', (req, res) => res.json([...online.values()]));

io.on('connection', (socket) => {
  socket.on('hello', ({ name }) => {
    online.set(socket.id, { name: String(name).slice(0, 24), since: Date.now() });
    io.emit('presence', [...online.values()]);
  });

  socket.on('disconnect', (reason) => {
    if (reason === 'client namespace disconnect') { // want "runs only when reason === 'client namespace disconnect'"
      online.delete(socket.id);
    }
    io.emit('presence', [...online.values()]);
  });
});

server.listen(3000, () => console.log('presence on :3000'));
