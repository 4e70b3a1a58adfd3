// client-not-untracked, positive: per-connection records that happen to carry a
// text-like field. The socket id is the record's identity (id, socketId), or the record
// holds the socket itself, so each is per-connection state and not a chat message.
const { Server } = require('socket.io');
const Matter = require('matter-js');

const io = new Server(3000);
const players = [];
const typing = [];
const lobby = new Map();
const pending = new Map();

io.on('connection', (socket) => {
  socket.on('spawn', (name) => {
    players.push({ id: socket.id, name, body: Matter.Bodies.circle(0, 0, 10) }); // want "added to players"
  });
  socket.on('typing', (name) => {
    typing.push({ id: socket.id, text: `${name} is typing` }); // want "added to typing"
  });
  socket.on('queue', (user) => {
    lobby.set(user.name, { socketId: socket.id, message: 'waiting for a match' }); // want "added to lobby"
  });
  socket.on('rpc', (req) => {
    pending.set(req.id, { socket, body: req.body }); // want "added to pending"
  });
  socket.on('disconnect', (reason) => console.log('gone', socket.id, reason));
});
