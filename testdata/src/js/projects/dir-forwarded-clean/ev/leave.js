const { rooms } = require('../state');
module.exports = { name: 'leave', execute(io, socket) {
  const set = rooms.get(socket.data.room);
  if (set) set.delete(socket.id);
  rooms.delete(socket.data.room);
}};
