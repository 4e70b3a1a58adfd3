// scattered-disconnect-handlers, positive: the event name comes from a shared constant and
// one listener uses once(); both are disconnect listeners of the same socket.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

const EVENTS = {
  DISCONNECT: 'disconnect',
  SUBSCRIBE: 'subscribe',
} as const;

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const feeds = new Map<string, Set<string>>();

io.of('/feeds').on('connection', (socket: Socket) => {
  socket.once(EVENTS.DISCONNECT, () => {
    for (const subs of feeds.values()) subs.delete(socket.id);
  });

  socket.on(EVENTS.SUBSCRIBE, (feed: string) => {
    if (!feeds.has(feed)) feeds.set(feed, new Set());
    feeds.get(feed)!.add(socket.id);
  });

  socket.on(EVENTS.DISCONNECT, (reason: string) => { // want "another disconnect listener"
    io.of('/admin').emit('feed-client-left', { id: socket.id, reason });
  });
});

httpServer.listen(4001);
