// A per-connection session: created for each socket, dropped with it.
class Session {
  constructor(socket) {
    this.socket = socket;
    this.seen = new Set();
  }
  start() {
    watch(this, this.socket);
  }
}
function watch(owner, socket) {
  socket.on('seen', (id) => owner.seen.add(socket.id));
}
module.exports = { Session };
// Regression: the class's byte range overlaps server.js's io.on('connection') call,
// which is in a different file; offsets of different files never nest.
