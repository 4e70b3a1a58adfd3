// Role: 'watchClock': a per-socket clock that nothing ever stops.
module.exports = {
  name: 'watchClock',
  once: false,
  execute(io, socket, tableId) {
    const clock = setInterval(() => { // want "setInterval"
      socket.emit('clock', { tableId, now: Date.now() });
    }, 1000);
    socket.data.clock = clock;
  },
};
