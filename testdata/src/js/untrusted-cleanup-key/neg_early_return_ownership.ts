// untrusted-cleanup-key, negative (exception: ownership check, written as an early return):
// the handle comes from the client, but the handler returns unless the entry is still
// this socket's before deleting it.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Presence {
  socketId: string;
  status: 'online' | 'away';
}

const httpServer = createServer();
const io = new Server(httpServer);
const handles = new Map<string, Presence>();

io.on('connection', (socket: Socket) => {
  let handle: string | null = null;

  socket.on('claim-handle', (wanted: string, ack: (ok: boolean) => void) => {
    if (handles.has(wanted)) return ack(false);
    handle = wanted;
    handles.set(wanted, { socketId: socket.id, status: 'online' });
    ack(true);
  });

  socket.on('disconnect', () => {
    if (!handle) return;
    if (handles.get(handle)?.socketId !== socket.id) return;
    handles.delete(handle);
    io.emit('handle-free', handle);
  });
});

httpServer.listen(4400);
