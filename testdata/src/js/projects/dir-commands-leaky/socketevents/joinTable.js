// Role: 'joinTable': the player's socket id goes into the table's player list.
const { tables } = require('../state');

module.exports = {
  name: 'joinTable',
  once: false,
  execute(io, socket, tableId) {
    if (!tables.has(tableId)) tables.set(tableId, { players: [], pot: 0 });
    tables.get(tableId).players.push(socket.id); // want "socket.id is added to tables.get.tableId..players.*disconnect handler at leave.js"
    socket.join(tableId);
    io.to(tableId).emit('players', tables.get(tableId).players);
  },
};
