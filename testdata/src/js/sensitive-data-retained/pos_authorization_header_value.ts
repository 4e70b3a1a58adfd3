// sensitive-data-retained, positive: the Authorization header itself is the value stored
// in a module-level map used to call the reporting service on behalf of the client.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

const upstreamAuth = new Map<string, string | undefined>();
const subscriptions = new Map<string, string[]>();

io.on('connection', (socket: Socket) => {
  upstreamAuth.set(socket.id, socket.handshake.headers.authorization); // want "secret-like"
  subscriptions.set(socket.id, []);

  socket.on('subscribe', (report: string) => {
    subscriptions.get(socket.id)?.push(report);
  });

  socket.on('disconnect', () => {
    subscriptions.delete(socket.id);
  });
});

httpServer.listen(4001);
