// Positive: the disconnect event name comes from a same-file constant; reading
// socket.rooms in that handler (via Array.from) is still always empty.
const http = require('http');
const { Server } = require('socket.io');

const DISCONNECT = 'disconnect';
const JOIN_CHANNEL = 'channel:join';

const server = http.createServer();
const io = new Server(server, { serveClient: false });
const channelCounts = new Map();

function bump(channel, delta) {
  const next = (channelCounts.get(channel) || 0) + delta;
  if (next <= 0) channelCounts.delete(channel);
  else channelCounts.set(channel, next);
  io.emit('channel:count', channel, Math.max(next, 0));
}

io.on('connection', (socket) => {
  socket.on(JOIN_CHANNEL, (channel) => {
    socket.join(channel);
    bump(channel, +1);
  });

  socket.on(DISCONNECT, () => {
    const joined = Array.from(socket.rooms).filter((r) => r !== socket.id); // want "always empty"
    joined.forEach((channel) => bump(channel, -1));
  });
});

server.listen(3000);
