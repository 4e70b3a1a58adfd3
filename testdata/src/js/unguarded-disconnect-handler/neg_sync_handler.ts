// unguarded-disconnect-handler, negative (exception: non-async handler): all cleanup is
// synchronous, in an ordinary function.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Cursor { x: number; y: number; color: string }

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const cursors = new Map<string, Cursor>();

app.get('/health', (_req, res) => res.send('ok'));

io.on('connection', (socket: Socket) => {
  cursors.set(socket.id, { x: 0, y: 0, color: `hsl(${Math.random() * 360}, 70%, 50%)` });

  socket.on('move', (x: number, y: number) => {
    const c = cursors.get(socket.id);
    if (!c) return;
    c.x = x;
    c.y = y;
    socket.broadcast.volatile.emit('cursor', socket.id, c);
  });

  socket.on('disconnect', function () {
    cursors.delete(socket.id);
    socket.broadcast.emit('cursor-gone', socket.id);
  });
});

httpServer.listen(4001);
