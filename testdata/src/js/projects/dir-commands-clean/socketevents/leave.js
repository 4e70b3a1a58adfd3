// Role: the reserved 'disconnect' event (by the name it exports): the player leaves every
// table, and tables left empty are dropped.
const { tables } = require('../state');

module.exports = {
  name: 'disconnect',
  once: true,
  execute(io, socket, reason) {
    for (const [tableId, table] of tables) {
      table.players = table.players.filter((id) => id !== socket.id);
      if (table.players.length === 0) tables.delete(tableId);
      else io.to(tableId).emit('players', table.players);
    }
    console.log(`${socket.id} left: ${reason}`);
  },
};
