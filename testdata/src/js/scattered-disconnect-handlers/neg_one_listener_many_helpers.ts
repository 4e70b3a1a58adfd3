// scattered-disconnect-handlers, negative (exception: one listener): the recommended shape;
// features expose cleanup helpers and one disconnect handler calls them all.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const presence = new Map<string, number>();
const uploads = new Map<string, Buffer[]>();

function stopPresence(socket: Socket): void {
  presence.delete(socket.id);
  io.emit('presence', presence.size);
}

function abortUploads(socket: Socket): void {
  uploads.delete(socket.id);
}

io.on('connection', (socket: Socket) => {
  presence.set(socket.id, Date.now());
  uploads.set(socket.id, []);

  socket.on('chunk', (chunk: Buffer) => uploads.get(socket.id)?.push(chunk));

  socket.on('disconnect', () => {
    stopPresence(socket);
    abortUploads(socket);
  });
});

httpServer.listen(4001);
