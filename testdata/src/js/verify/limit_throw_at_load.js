// verify sandbox limit: the module throws while loading (a missing configuration value).
const { Server } = require('socket.io');

const port = Number(process.env.SOCKET_PORT);
if (!port) {
  throw new Error('SOCKET_PORT is not set');
}
const io = new Server(port);

io.on('connection', (socket) => {
  setInterval(() => socket.emit('tick'), 1000);
});
