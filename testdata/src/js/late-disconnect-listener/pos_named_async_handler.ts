// Positive: a same-file async function registered as the connection handler; the only
// await is inside an if block (token refresh), and the disconnect listener comes after.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { refreshToken, TokenPair } from './tokens';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });
const tokens = new Map<string, TokenPair>();

async function onConnection(socket: Socket): Promise<void> {
  let pair: TokenPair = socket.handshake.auth as TokenPair;
  if (pair.expiresAt < Date.now()) {
    pair = await refreshToken(pair.refresh);
    socket.emit('token', pair);
  }
  tokens.set(socket.id, pair);

  socket.on('disconnect', (reason: string) => { // want "after the await at line 16"
    tokens.delete(socket.id);
    console.log(`closed ${socket.id}: ${reason}`);
  });
}

io.on('connection', onConnection);

httpServer.listen(3007);
