// scattered-disconnect-handlers, negative (exception: different sockets): an edge relay
// has a socket.io-client connection to the core cluster with its own 'disconnect'
// listener, and one disconnect listener per downstream socket.
const http = require('http');
const { Server } = require('socket.io');
const { io: connect } = require('socket.io-client');

const server = http.createServer();
const io = new Server(server);
const upstream = connect(process.env.CORE_URL, { auth: { token: process.env.EDGE_TOKEN } });
const downstream = new Set();

upstream.on('disconnect', (reason) => {
  io.emit('degraded', { reason });
});
upstream.on('event', (evt) => io.to(evt.room).emit('event', evt));

io.on('connection', (socket) => {
  downstream.add(socket.id);
  socket.on('subscribe', (room) => {
    socket.join(room);
    upstream.emit('subscribe', room);
  });
  socket.on('disconnect', () => {
    downstream.delete(socket.id);
  });
});

server.listen(3002);
