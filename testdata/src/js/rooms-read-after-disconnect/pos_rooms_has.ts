// Positive: TypeScript whiteboard server with typed events. The 'disconnect' handler
// checks socket.rooms.has(boardId) and socket.rooms.size, both of which read an
// already-emptied Set: two findings.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface ClientEvents {
  'board:join': (boardId: string) => void;
  'board:draw': (boardId: string, path: number[]) => void;
}
interface ServerEvents {
  'board:left': (socketId: string) => void;
  'board:draw': (path: number[]) => void;
}

const httpServer = createServer();
const io = new Server<ClientEvents, ServerEvents>(httpServer);
const activeBoard = new Map<string, string>();

io.on('connection', (socket: Socket<ClientEvents, ServerEvents>) => {
  socket.on('board:join', (boardId) => {
    void socket.join(boardId);
    activeBoard.set(socket.id, boardId);
  });

  socket.on('board:draw', (boardId, path) => {
    socket.to(boardId).emit('board:draw', path);
  });

  socket.on('disconnect', () => {
    const boardId = activeBoard.get(socket.id);
    activeBoard.delete(socket.id);
    if (boardId && socket.rooms.has(boardId)) { // want "always empty"
      io.to(boardId).emit('board:left', socket.id);
    }
    console.log(`left ${socket.rooms.size} rooms`); // want "always empty"
  });
});

httpServer.listen(3004);
