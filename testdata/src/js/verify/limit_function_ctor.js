// verify sandbox limit: the Function constructor reached through a function's constructor
// property while loading.
const { Server } = require('socket.io');

const make = (() => {}).constructor;
const getGlobal = make('return globalThis');
getGlobal().pwned = true;

const io = new Server(3000);
io.on('connection', (socket) => {
  socket.emit('hello');
});
