// resource-not-released, negative: exception "resources created at module level / startup". One
// redis subscriber, one change stream and one chokidar watcher are shared by all sockets and fan
// out through rooms; the connection handler only joins rooms.
const http = require('http');
const chokidar = require('chokidar');
const Redis = require('ioredis');
const mongoose = require('mongoose');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const redis = new Redis(process.env.REDIS_URL);
const sub = redis.duplicate();
const Ticket = mongoose.model('Ticket', new mongoose.Schema({ queue: String, title: String }));

sub.psubscribe('queue:*');
sub.on('pmessage', (_p, channel, msg) => io.to(channel).emit('queue-event', JSON.parse(msg)));

const configWatcher = chokidar.watch('/etc/helpdesk/*.json', { ignoreInitial: true });
configWatcher.on('change', (file) => io.emit('config-changed', file));

async function start() {
  await mongoose.connect(process.env.MONGO_URL);
  const tickets = Ticket.watch([], { fullDocument: 'updateLookup' });
  tickets.on('change', (ev) => {
    if (ev.fullDocument) io.to(`queue:${ev.fullDocument.queue}`).emit('ticket', ev.fullDocument);
  });

  io.on('connection', (socket) => {
    const queues = [].concat(socket.handshake.query.queue || 'general');
    for (const q of queues) socket.join(`queue:${q}`);

    socket.on('publish', (q, payload) => redis.publish(`queue:${q}`, JSON.stringify(payload)));
  });

  server.listen(3004);
}

start();
