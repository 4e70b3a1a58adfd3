// Role: entry point: Express + typed socket.io server; wires the handler modules through the `@app/*` path alias.
import express from 'express';
import { createServer } from 'http';
import { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '@app/events';
import { registerRoomHandlers } from '@app/handlers/rooms';
import { registerTyping } from '@app/handlers/typing';
import { membersOf } from '@state';

const app = express();
const httpServer = createServer(app);
const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
  cors: { origin: process.env.WEB_ORIGIN ?? 'http://localhost:5173' },
});

app.get('/api/rooms/:room', (req, res) => {
  res.json({ room: req.params.room, members: membersOf(req.params.room) });
});

io.use((socket, next) => {
  const name = socket.handshake.auth?.name;
  if (typeof name !== 'string' || name.length === 0) return next(new Error('name required'));
  socket.data.name = name.slice(0, 40);
  next();
});

io.on('connection', (socket) => {
  registerRoomHandlers(io, socket);
  registerTyping(socket);
});

httpServer.listen(Number(process.env.PORT ?? 3000));
