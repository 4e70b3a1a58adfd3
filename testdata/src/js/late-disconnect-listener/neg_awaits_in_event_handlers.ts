// Negative (exception: awaits only inside nested functions): the connection callback is
// marked async, but every await is inside a per-socket event handler, so the
// disconnect listener is registered synchronously during the connection.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { PrismaClient, Message } from '@prisma/client';

const prisma = new PrismaClient();
const httpServer = createServer();
const io = new Server(httpServer);
const typing = new Set<string>();

io.on('connection', async (socket: Socket) => {
  socket.on('history', async (roomId: string, ack: (msgs: Message[]) => void) => {
    const msgs = await prisma.message.findMany({ where: { roomId }, take: 50 });
    ack(msgs);
  });

  socket.on('send', async (roomId: string, text: string) => {
    const msg = await prisma.message.create({ data: { roomId, text, author: socket.id } });
    io.to(roomId).emit('message', msg);
  });

  socket.on('typing', () => typing.add(socket.id));

  socket.on('disconnect', () => {
    typing.delete(socket.id);
  });
});

httpServer.listen(3008);
