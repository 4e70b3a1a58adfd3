// Role: 'joinTable': the player's socket id goes into the table's player list; leave.js takes it out.
const { tables } = require('../state');

module.exports = {
  name: 'joinTable',
  once: false,
  execute(io, socket, tableId) {
    if (!tables.has(tableId)) tables.set(tableId, { players: [], pot: 0 });
    tables.get(tableId).players.push(socket.id);
    socket.join(tableId);
    io.to(tableId).emit('players', tables.get(tableId).players);
  },
};
