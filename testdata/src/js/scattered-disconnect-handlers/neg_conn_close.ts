// scattered-disconnect-handlers, negative (exception: socket.conn 'close' is not a
// disconnect listener): transport-level stats are kept on the engine socket, cleanup in
// one disconnect handler.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);
const transportCloses = new Map<string, number>();
const clients = new Map<string, { ua: string }>();

io.on('connection', (socket: Socket) => {
  clients.set(socket.id, { ua: String(socket.handshake.headers['user-agent'] ?? '') });

  socket.conn.on('upgrade', (transport: { name: string }) => {
    socket.emit('transport', transport.name);
  });

  socket.conn.on('close', (reason: string) => {
    transportCloses.set(reason, (transportCloses.get(reason) ?? 0) + 1);
  });

  socket.on('disconnect', () => {
    clients.delete(socket.id);
  });
});

httpServer.listen(4000);
