// verify sandbox limit: an event handler that never returns. The scope must stop with a
// time-budget note when the simulated client fires it.
const { Server } = require('socket.io');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('solve', (puzzle) => {
    let n = 0;
    for (;;) {
      n += String(puzzle).length;
    }
  });
});
