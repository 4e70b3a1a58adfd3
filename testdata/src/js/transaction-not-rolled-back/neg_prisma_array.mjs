// transaction-not-rolled-back, negative: exception "prisma.$transaction([...])": the batch is
// committed or rolled back by Prisma as one unit.
import { createServer } from "node:http";
import { PrismaClient } from "@prisma/client";
import { Server } from "socket.io";

const prisma = new PrismaClient();
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const userId = socket.handshake.auth.userId;

  socket.on("message:send", async ({ channelId, body }, ack) => {
    const [message] = await prisma.$transaction([
      prisma.message.create({ data: { channelId, body, authorId: userId } }),
      prisma.channel.update({ where: { id: channelId }, data: { lastMessageAt: new Date() } }),
      prisma.membership.updateMany({
        where: { channelId, NOT: { userId } },
        data: { unread: { increment: 1 } },
      }),
    ]);
    io.to(`channel:${channelId}`).emit("message:new", message);
    ack?.({ id: message.id });
  });

  socket.on("channel:join", (channelId) => socket.join(`channel:${channelId}`));
});

httpServer.listen(3002);
