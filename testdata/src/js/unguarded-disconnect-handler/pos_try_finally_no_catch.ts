// unguarded-disconnect-handler, positive: try/finally without a catch. The timer is
// cleared in finally, but a failing database write still rejects the listener's promise,
// which nobody handles (socket.io ignores listener return values).
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const startedAt = new Date();
  let keystrokes = 0;
  const flush = setInterval(() => socket.emit('saved', keystrokes), 30000);

  socket.on('keystroke', () => {
    keystrokes += 1;
  });

  socket.on('disconnect', async () => { // want "outside try/catch"
    try {
      await prisma.editingSession.create({
        data: { socketId: socket.id, startedAt, endedAt: new Date(), keystrokes },
      });
    } finally {
      clearInterval(flush);
    }
  });
});

httpServer.listen(4000);
