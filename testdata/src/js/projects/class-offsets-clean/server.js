const { Server } = require('socket.io');
const { Session } = require('./session');
const io = new Server(3000);
io.on('connection', (socket) => {
  const sess = new Session(socket);
  sess.start();
});
