// Role: entry point. Each file of socketevents/ exports { name, once, execute }; the
// connection handler registers a wrapper per file under the name the file exports.
const fs = require('fs');
const { Server } = require('socket.io');
const Keyv = require('keyv');

const io = new Server(3000, { cors: { origin: '*' } });
const accounts = new Keyv('sqlite://accounts.sqlite'); // a database, not an in-memory registry

io.on('connection', (socket) => {
  const eventFiles = fs.readdirSync(`${__dirname}/socketevents`).filter((file) => file.endsWith('.js'));
  for (const file of eventFiles) {
    const event = require(`${__dirname}/socketevents/${file}`);
    if (event.once) {
      socket.once(event.name, (arg) => event.execute(io, socket, arg, accounts));
    } else {
      socket.on(event.name, (arg) => event.execute(io, socket, arg, accounts));
    }
  }
});
