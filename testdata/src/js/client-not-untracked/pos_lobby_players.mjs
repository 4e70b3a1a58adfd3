// Positive: game lobby. The player record built from socket.id is pushed into the
// nested lobbies[code].players array (structure = the root `lobbies`) in a per-socket
// 'join-lobby' handler. socketLobby is cleaned correctly on disconnect (no want), but
// the player is never removed from lobbies, so the lobby fills up with ghosts.
import express from 'express';
import { createServer } from 'http';
import { Server } from 'socket.io';
import { customAlphabet } from 'nanoid';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer, { path: '/lobby' });
const newCode = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 5);

const lobbies = {};
const socketLobby = new Map();

io.on('connection', (socket) => {
  socket.on('create-lobby', (ack) => {
    const code = newCode();
    lobbies[code] = { code, players: [], createdAt: Date.now() };
    ack(code);
  });

  socket.on('join-lobby', ({ code, nickname }, ack) => {
    const lobby = lobbies[code];
    if (!lobby) return ack({ error: 'no such lobby' });
    lobbies[code].players.push({ id: socket.id, nickname, ready: false }); // want "added to lobbies"
    socketLobby.set(socket.id, code);
    socket.join(code);
    io.to(code).emit('lobby', lobby);
    ack({ ok: true });
  });

  socket.on('disconnect', () => {
    const code = socketLobby.get(socket.id);
    socketLobby.delete(socket.id);
    if (code) io.to(code).emit('player-left', socket.id);
  });
});

httpServer.listen(3001);
