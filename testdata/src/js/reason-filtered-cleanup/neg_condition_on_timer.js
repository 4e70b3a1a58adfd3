// reason-filtered-cleanup, negative (exception: the condition is about something other
// than the reason): `if (heartbeat)` guards a clearInterval, the reason is only reported.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const drivers = new Map();

io.on('connection', (socket) => {
  let heartbeat = null;

  socket.on('start-shift', (driverId) => {
    drivers.set(socket.id, { driverId, lastFix: null });
    heartbeat = setInterval(() => socket.emit('ping-location'), 15000);
  });

  socket.on('location', (fix) => {
    const d = drivers.get(socket.id);
    if (d) d.lastFix = fix;
  });

  socket.on('disconnect', (reason) => {
    if (heartbeat) clearInterval(heartbeat);
    drivers.delete(socket.id);
    io.to('dispatch').emit('driver-offline', { id: socket.id, reason });
  });
});

server.listen(3400);
