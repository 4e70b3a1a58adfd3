// Negative (exception: socket.data): the user profile is attached to socket.data (v4),
// which is collected with the socket; presence is computed from io.fetchSockets().
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import jwt from 'jsonwebtoken';

const httpServer = createServer();
const io = new Server(httpServer);

io.use((socket, next) => {
  try {
    const claims = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET);
    socket.data.user = { id: claims.sub, name: claims.name };
    next();
  } catch (err) {
    next(new Error('unauthorized'));
  }
});

io.on('connection', (socket) => {
  socket.data.joinedAt = Date.now();
  socket.data.status = 'online';
  socket.join(`user:${socket.data.user.id}`);

  socket.on('status', (status) => {
    socket.data.status = status;
    io.emit('status', { user: socket.data.user.id, status });
  });

  socket.on('who', async (ack) => {
    const sockets = await io.fetchSockets();
    ack(sockets.map((s) => ({ ...s.data.user, status: s.data.status })));
  });
});

httpServer.listen(3000);
