// Role: presence handler module; `users` is the server-owned Map passed in; the entry is dropped by a roster helper (third file) on disconnect.
const bus = require('../bus');
const { onlineList, forgetUser } = require('../lib/roster');

function registerPresence(io, socket, users) {
  const onMaintenance = (notice) => socket.emit('system:maintenance', notice);

  socket.on('presence:hello', ({ name }) => {
    users.set(socket.id, { name: String(name).slice(0, 32), since: Date.now() });
    io.emit('presence:list', onlineList(users));
  });

  socket.on('presence:rename', ({ name }) => {
    const entry = users.get(socket.id);
    if (entry) entry.name = String(name).slice(0, 32);
    io.emit('presence:list', onlineList(users));
  });

  bus.on('maintenance', onMaintenance);

  socket.on('disconnect', () => {
    bus.off('maintenance', onMaintenance);
    forgetUser(io, users, socket.id);
  });
}

module.exports = { registerPresence };
