// untrusted-cleanup-key, positive: kiosks identify themselves with an X-Device-Id header.
// Headers are client-controlled, so any client that sends another kiosk's id and then
// disconnects marks that kiosk as gone.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

type Kiosk = { socketId: string; location: string; lastSeen: number };

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const kiosks = new Map<string, Kiosk>();

app.get('/kiosks', (_req, res) => res.json(Object.fromEntries(kiosks)));

io.of('/kiosk').on('connection', (socket: Socket) => {
  const deviceId = String(socket.handshake.headers['x-device-id'] ?? '');
  const location = String(socket.handshake.query.location ?? 'unknown');
  kiosks.set(deviceId, { socketId: socket.id, location, lastSeen: Date.now() });

  socket.on('heartbeat', () => {
    const k = kiosks.get(deviceId);
    if (k) k.lastSeen = Date.now();
  });

  socket.on('disconnect', () => {
    kiosks.delete(deviceId); // want "keyed by client-controlled"
  });
});

httpServer.listen(4100);
