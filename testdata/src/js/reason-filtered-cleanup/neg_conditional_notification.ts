// reason-filtered-cleanup, negative (exception: the reason-conditioned work is not a
// release): teammates are told about a kick only when the server kicked the player;
// the roster cleanup itself is unconditional.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const roster = new Map<string, { team: string; nick: string }>();

io.on('connection', (socket: Socket) => {
  socket.on('join-team', (team: string, nick: string) => {
    roster.set(socket.id, { team, nick });
    socket.join(`team:${team}`);
  });

  socket.on('disconnect', (reason: DisconnectReason) => {
    const entry = roster.get(socket.id);
    roster.delete(socket.id);
    if (!entry) return;
    if (reason === 'server namespace disconnect') {
      io.to(`team:${entry.team}`).emit('kicked', entry.nick);
    } else {
      io.to(`team:${entry.team}`).emit('left', entry.nick);
    }
  });
});

httpServer.listen(3600);
