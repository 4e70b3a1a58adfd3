// Role: the tables of the card room, shared by every connection.
const tables = new Map(); // tableId -> { players: socketId[], pot: number }

module.exports = { tables };
