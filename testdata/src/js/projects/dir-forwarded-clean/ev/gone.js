// Role: the reserved disconnect (by exported name) reuses leave, keyed by server-side state.
const leave = require('./leave');
module.exports = { name: 'disconnect', execute(io, socket) {
  leave.execute(io, socket);
}};
