// verify sandbox limit: one huge string built at once ('x'.repeat(2**31)). The allocation cap
// stops it.
const { Server } = require('socket.io');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('pad', (n) => {
    socket.emit('padded', 'x'.repeat(2 ** 31));
  });
});
