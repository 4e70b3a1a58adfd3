// verify sandbox limit: an endless loop while the module loads. The scope must stop with a
// time-budget note; the run goes on.
const { Server } = require('socket.io');
const io = new Server(3000);

let spins = 0;
while (true) {
  spins++;
}

io.on('connection', (socket) => {
  setInterval(() => socket.emit('spins', spins), 1000);
});
