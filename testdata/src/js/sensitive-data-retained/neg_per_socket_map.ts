// sensitive-data-retained, negative (exception: the structure is declared per socket):
// each connection keeps its own map of per-provider tokens.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { callProvider } from './providers';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const providerTokens = new Map<string, { token: string; expiresAt: number }>();

  socket.on('link', (provider: string, token: string) => {
    providerTokens.set(provider, { token, expiresAt: Date.now() + 3600_000 });
  });

  socket.on('call', async (provider: string, method: string, ack: (r: unknown) => void) => {
    const entry = providerTokens.get(provider);
    if (!entry || entry.expiresAt < Date.now()) return ack({ error: 'not linked' });
    try {
      ack(await callProvider(provider, method, entry.token));
    } catch {
      ack({ error: 'provider error' });
    }
  });
});

httpServer.listen(4001);
