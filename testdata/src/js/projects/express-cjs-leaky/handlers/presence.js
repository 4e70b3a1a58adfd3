// Role: presence handler module; `users` is the server-owned Map passed in; leaks the map entry and a bus listener.
const bus = require('../bus');

function onlineList(users) {
  return [...users.values()].map((u) => u.name);
}

function registerPresence(io, socket, users) {
  socket.on('presence:hello', ({ name }) => {
    users.set(socket.id, { name: String(name).slice(0, 32), since: Date.now() }); // want "added to users"
    io.emit('presence:list', onlineList(users));
  });

  socket.on('presence:rename', ({ name }) => {
    const entry = users.get(socket.id);
    if (entry) entry.name = String(name).slice(0, 32);
    io.emit('presence:list', onlineList(users));
  });

  bus.on('maintenance', (notice) => socket.emit('system:maintenance', notice)); // want "listener for .maintenance. added to bus"
}

module.exports = { registerPresence };
