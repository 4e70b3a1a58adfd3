// Role: whiteboard handler module (default export); `boards` is the server-owned Map passed in; leaks the member entry.
export default function registerBoard(io, socket, boards) {
  socket.on('board:join', (boardId) => {
    if (!boards.has(boardId)) boards.set(boardId, new Set());
    boards.get(boardId).add(socket.id); // want "added to boards"
    socket.join(`board:${boardId}`);
    io.to(`board:${boardId}`).emit('board:members', [...boards.get(boardId)]);
  });

  socket.on('board:stroke', ({ boardId, stroke }) => {
    socket.to(`board:${boardId}`).emit('board:stroke', stroke);
  });
}
