// sensitive-data-retained, positive: integrations authenticate with an upstream API key in
// an 'auth' event; the key is kept in a module-level object and no disconnect handler is
// registered at all.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Integration {
  tenant: string;
  apiKey: string;
  plan: 'free' | 'pro';
}

const httpServer = createServer();
const io = new Server(httpServer);
const integrations: Record<string, Integration> = {};

io.of('/integrations').on('connection', (socket: Socket) => {
  socket.on('auth', (tenant: string, apiKey: string, ack: (ok: boolean) => void) => {
    integrations[socket.id] = { tenant, apiKey, plan: 'free' }; // want "secret-like"
    ack(true);
  });

  socket.on('push', (event: { type: string; body: unknown }) => {
    const i = integrations[socket.id];
    if (!i) return;
    io.of('/dashboard').to(i.tenant).emit('event', event);
  });
});

httpServer.listen(4000);
