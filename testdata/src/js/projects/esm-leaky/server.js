// Role: entry point (ESM): HTTP + socket.io server; owns the boards registry and wires the handlers from handlers/index.js.
import express from 'express';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { registerBoard, registerCursor, registerTicker } from './handlers/index.js';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

// boardId -> Set of socket ids currently drawing on it.
const boards = new Map();

app.use(express.static('public'));
app.get('/api/boards', (req, res) => {
  res.json([...boards.entries()].map(([id, members]) => ({ id, members: members.size })));
});

io.on('connection', (socket) => {
  registerBoard(io, socket, boards);
  registerCursor(io, socket);
  registerTicker(socket);

  socket.on('disconnect', (reason) => {
    console.log(`socket ${socket.id} left: ${reason}`);
  });
});

httpServer.listen(Number(process.env.PORT ?? 4000));
