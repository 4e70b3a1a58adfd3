// Negative (exception: rooms read in other event handlers and at connection time):
// 'rooms:list' and 'rooms:leave-all' read socket.rooms while the socket is connected;
// the 'disconnect' handler does not touch rooms.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

type Ack<T> = (result: T) => void;

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  console.log(`connected ${socket.id}, default rooms: ${[...socket.rooms].join(',')}`);

  socket.on('rooms:join', (room: string) => {
    void socket.join(room);
  });

  socket.on('rooms:list', (ack: Ack<string[]>) => {
    ack([...socket.rooms].filter((r) => r !== socket.id));
  });

  socket.on('rooms:leave-all', () => {
    for (const room of socket.rooms) {
      if (room !== socket.id) void socket.leave(room);
    }
  });

  socket.on('disconnect', (reason: string) => {
    console.log(`disconnected ${socket.id}: ${reason}`);
  });
});

httpServer.listen(3005);
