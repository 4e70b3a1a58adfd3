// disconnect-not-logged, negative (exception: a winston instance's .warn/.info): the
// handler is a const arrow function passed by reference, and it logs through winston.
import express from 'express';
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';
import winston from 'winston';

const appLog = winston.createLogger({
  level: 'info',
  transports: [new winston.transports.Console()],
});

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const device = String(socket.handshake.query.device ?? 'web');

  const onDisconnect = (reason: DisconnectReason) => {
    if (reason === 'ping timeout') {
      appLog.warn('socket timed out', { sid: socket.id, device });
    } else {
      appLog.info('socket closed', { sid: socket.id, device, reason });
    }
  };

  socket.on('disconnect', onDisconnect);
});

httpServer.listen(4001);
