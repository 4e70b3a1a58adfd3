// Negative (exception: removal by reassignment with filter): the online list is
// rebuilt without the leaving socket in the disconnect handler.
import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const app = express();
const server = createServer(app);
const io = new Server(server, { cors: { origin: '*' } });

let onlineUsers = [];

app.get('/online', (_req, res) => res.json(onlineUsers.map(({ name }) => name)));

io.on('connection', (socket) => {
  socket.on('add-user', (userId, name) => {
    if (!onlineUsers.some((u) => u.userId === userId)) {
      onlineUsers.push({ userId, name, socketId: socket.id });
    }
    io.emit('get-users', onlineUsers);
  });

  socket.on('send-message', ({ receiverId, text }) => {
    const receiver = onlineUsers.find((u) => u.userId === receiverId);
    if (receiver) io.to(receiver.socketId).emit('get-message', { text });
  });

  socket.on('disconnect', () => {
    onlineUsers = onlineUsers.filter((u) => u.socketId !== socket.id);
    io.emit('get-users', onlineUsers);
  });
});

server.listen(8900, () => console.log('socket server on 8900'));
