const { rooms } = require('../state');
module.exports = { name: 'join', execute(io, socket, code) {
  if (!rooms.has(code)) rooms.set(code, new Set());
  rooms.get(code).add(socket.id);
  socket.data.room = code;
}};
