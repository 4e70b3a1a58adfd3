// Role: process-wide board state shared by all sockets: who views which board, and who holds which card lock.
module.exports = {
  viewers: new Map(),
  locks: new Map(),
};
