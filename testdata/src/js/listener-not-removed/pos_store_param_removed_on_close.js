// listener-not-removed, positive: module.exports = (io, store) => ...: the store parameter of the
// enclosing function outlives every socket. Its 'change' listener is only removed in
// socket.on('close'), which is not the disconnect path (no disconnect handler at all).
module.exports = function registerPresence(io, store) {
  const nsp = io.of('/presence');

  nsp.on('connection', (socket) => {
    const team = socket.handshake.query.team;
    socket.join(team);

    store.on('change', (snapshot) => { // want "listener for .change. added to store.*no disconnect handler is registered"
      socket.emit('presence', snapshot.filter((p) => p.team === team));
    });

    socket.on('status', (status) => {
      store.update(socket.id, { team, status, at: Date.now() });
    });

    socket.on('close', () => {
      store.removeAllListeners('change');
    });
  });
};
