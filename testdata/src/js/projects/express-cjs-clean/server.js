// Role: entry point: Express app, socket.io server, and the connection handler that wires the handler modules (clean twin).
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const adminRoutes = require('./routes/admin');
const { registerPresence } = require('./handlers/presence');

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: '*' } });

// Who is online: socket.id -> { name, since }. Owned here, handed to the presence handlers.
const users = new Map();

app.use('/admin', adminRoutes);
app.use(express.static('public'));
app.get('/api/online', (req, res) => res.json([...users.values()]));

io.on('connection', (socket) => {
  console.log('connected', socket.id);

  require('./handlers/chat')(io, socket);
  registerPresence(io, socket, users);

  socket.on('disconnect', (reason) => {
    console.log('disconnected', socket.id, reason);
  });
});

const PORT = process.env.PORT || 3000;
server.listen(PORT, () => console.log(`listening on :${PORT}`));
