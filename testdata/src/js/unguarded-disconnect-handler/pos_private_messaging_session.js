// unguarded-disconnect-handler, positive: private-messaging style server on the redis
// adapter. The async disconnect handler awaits io.in(...).fetchSockets(), which asks the
// other nodes and rejects when they do not answer in time, with no try/catch, so the
// session update after it is skipped.
const httpServer = require('http').createServer();
const Redis = require('ioredis');
const { createAdapter } = require('@socket.io/redis-adapter');

const pubClient = new Redis();
const io = require('socket.io')(httpServer, {
  cors: { origin: 'http://localhost:8080' },
  adapter: createAdapter(pubClient, pubClient.duplicate()),
});
const { InMemorySessionStore } = require('./sessionStore');

const sessionStore = new InMemorySessionStore();

io.use((socket, next) => {
  const session = sessionStore.findSession(socket.handshake.auth.sessionID);
  if (!session) return next(new Error('invalid session'));
  socket.sessionID = socket.handshake.auth.sessionID;
  socket.userID = session.userID;
  socket.username = session.username;
  next();
});

io.on('connection', (socket) => {
  socket.join(socket.userID);
  socket.broadcast.emit('user connected', { userID: socket.userID, username: socket.username });

  socket.on('private message', ({ content, to }) => {
    socket.to(to).to(socket.userID).emit('private message', { content, from: socket.userID, to });
  });

  socket.on('disconnect', async () => { // want "outside try/catch"
    const matchingSockets = await io.in(socket.userID).fetchSockets();
    if (matchingSockets.length === 0) {
      socket.broadcast.emit('user disconnected', socket.userID);
      sessionStore.saveSession(socket.sessionID, {
        userID: socket.userID,
        username: socket.username,
        connected: false,
      });
    }
  });
});

httpServer.listen(process.env.PORT || 3000);
