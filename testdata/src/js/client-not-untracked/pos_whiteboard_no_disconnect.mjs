// Positive: collaborative whiteboard that never registers a disconnect handler at all:
// the collaborator set and the cursor map keyed by socket.id both grow forever.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: ['http://localhost:5173'] } });

const collaborators = new Set();
const cursors = {};
const strokes = [];

io.on('connection', (socket) => {
  collaborators.add(socket.id); // want "added to collaborators"
  socket.emit('snapshot', { strokes, cursors });

  socket.on('stroke', (stroke) => {
    strokes.push(stroke);
    socket.broadcast.emit('stroke', stroke);
  });

  socket.on('cursor', ({ x, y }) => {
    cursors[socket.id] = { x, y, color: socket.handshake.auth.color }; // want "added to cursors"
    socket.volatile.broadcast.emit('cursor', { id: socket.id, x, y });
  });

  socket.on('clear', () => {
    strokes.length = 0;
    io.emit('clear');
  });
});

httpServer.listen(4100, () => console.log(`whiteboard up, ${collaborators.size} collaborators`));
