// transaction-not-rolled-back, negative: exception "interactive prisma.$transaction(async (tx) =>
// ...)": Prisma commits when the callback resolves, rolls back on throw, and times out on its own.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { PrismaClient, Prisma } from "@prisma/client";

const prisma = new PrismaClient();
const httpServer = createServer();
const io = new Server(httpServer);

interface Bid { auctionId: string; amount: number }

io.of("/auction").on("connection", (socket: Socket) => {
  const bidder: string = socket.handshake.auth.userId;

  socket.on("bid", async ({ auctionId, amount }: Bid, ack: (r: { ok: boolean; reason?: string }) => void) => {
    try {
      const auction = await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
        const current = await tx.auction.findUniqueOrThrow({ where: { id: auctionId } });
        if (current.closesAt < new Date()) throw new Error("closed");
        if (amount <= current.highestBid) throw new Error("too low");
        await tx.bid.create({ data: { auctionId, amount, bidderId: bidder } });
        return tx.auction.update({ where: { id: auctionId }, data: { highestBid: amount, leaderId: bidder } });
      }, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable, timeout: 5000 });
      socket.nsp.to(auctionId).emit("leader", { auctionId, amount: auction.highestBid, bidder });
      ack({ ok: true });
    } catch (err) {
      ack({ ok: false, reason: (err as Error).message });
    }
  });

  socket.on("follow", (auctionId: string) => socket.join(auctionId));
});

httpServer.listen(3003);
