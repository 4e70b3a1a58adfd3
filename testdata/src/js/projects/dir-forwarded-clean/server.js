// Role: wrappers forward (...args) to each module; io and socket are not payload.
const fs = require('fs');
const { Server } = require('socket.io');
const io = new Server(3000);
io.on('connection', (socket) => {
  for (const file of fs.readdirSync(`${__dirname}/ev`)) {
    const event = require(`${__dirname}/ev/${file}`);
    socket.on(event.name, (...args) => event.execute(io, socket, ...args));
  }
});
