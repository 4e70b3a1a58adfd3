// disconnect-not-logged, positive: two disconnect listeners; the first logs, the second
// (added inside the 'watch' handler) only clears its interval and is reported.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { readMetrics } from './metrics-source';

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

io.of('/dashboard').on('connection', (socket: Socket) => {
  socket.on('disconnect', (reason: string) => {
    console.info('dashboard viewer left', socket.id, reason);
  });

  socket.on('watch', (panel: string) => {
    const poll = setInterval(async () => {
      socket.emit('panel', panel, await readMetrics(panel).catch(() => null));
    }, 5000);

    socket.on('disconnect', () => { // want "records nothing"
      clearInterval(poll);
    });
  });
});

httpServer.listen(4001);
