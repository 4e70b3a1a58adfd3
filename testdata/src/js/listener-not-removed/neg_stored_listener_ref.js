// listener-not-removed, negative: the listener is kept on socket.data and removed through
// the same stored reference on disconnect, from a helper that receives the socket.
const { Server } = require('socket.io');
const { EventEmitter } = require('events');

const io = new Server(3000);
const prices = new EventEmitter();

function unwatch(sock) {
  prices.off('tick', sock.data.onTick);
}

io.on('connection', (socket) => {
  socket.data.onTick = (quote) => socket.emit('tick', quote);
  prices.on('tick', socket.data.onTick);
  socket.on('disconnect', () => unwatch(socket));
});
