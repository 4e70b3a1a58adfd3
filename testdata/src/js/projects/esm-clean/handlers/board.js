// Role: whiteboard handler module (default export); `boards` is the server-owned Map passed in; membership dropped while rooms are still readable.
export default function registerBoard(io, socket, boards) {
  socket.on('board:join', (boardId) => {
    if (!boards.has(boardId)) boards.set(boardId, new Set());
    boards.get(boardId).add(socket.id);
    socket.join(`board:${boardId}`);
    io.to(`board:${boardId}`).emit('board:members', [...boards.get(boardId)]);
  });

  socket.on('board:stroke', ({ boardId, stroke }) => {
    socket.to(`board:${boardId}`).emit('board:stroke', stroke);
  });

  socket.on('disconnecting', () => {
    for (const room of socket.rooms) {
      if (!room.startsWith('board:')) continue;
      const boardId = room.slice('board:'.length);
      boards.get(boardId)?.delete(socket.id);
      if (boards.get(boardId)?.size === 0) boards.delete(boardId);
    }
  });
}
