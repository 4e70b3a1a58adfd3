// reason-filtered-cleanup, negative (exception: the release is also done unconditionally):
// on server shutdown the game state is snapshotted first, but both paths clear the loop.
const http = require('http');
const { Server } = require('socket.io');
const { saveSnapshot } = require('./snapshots');

const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  const state = { score: 0, level: 1 };
  const loop = setInterval(() => {
    state.score += state.level;
    socket.emit('score', state.score);
  }, 1000);

  socket.on('level-up', () => { state.level += 1; });

  socket.on('disconnect', (reason) => {
    if (reason === 'server shutting down') {
      clearInterval(loop);
      saveSnapshot(socket.id, state);
      return;
    }
    clearInterval(loop);
  });
});

server.listen(3700);
