// verify sandbox limit: a handler calls process.exit(). The sandbox must stop the scope with a
// note instead of ending the process that runs the linter.
const { Server } = require('socket.io');
const io = new Server(3000);

process.on('uncaughtException', () => {});

io.on('connection', (socket) => {
  socket.on('shutdown', () => {
    try {
      process.exit(0);
    } catch (e) {
      // an interrupt cannot be caught
    }
  });
});
