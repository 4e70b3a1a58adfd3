// Role: 'watchClock': a per-socket clock, stopped by its own disconnect listener.
module.exports = {
  name: 'watchClock',
  once: false,
  execute(io, socket, tableId) {
    clearInterval(socket.data.clock);
    const clock = setInterval(() => {
      socket.emit('clock', { tableId, now: Date.now() });
    }, 1000);
    socket.data.clock = clock;
    socket.once('disconnect', () => clearInterval(clock));
  },
};
