// verify sandbox limit: a loop that allocates without bound while the module loads. The heap cap
// stops it before the host runs out of memory.
const { Server } = require('socket.io');
const io = new Server(3000);

const cache = [];
for (let i = 0; ; i++) {
  cache.push(new Array(1000000).fill(i));
}

io.on('connection', (socket) => {
  socket.emit('cache', cache.length);
});
