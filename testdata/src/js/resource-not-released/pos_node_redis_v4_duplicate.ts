// resource-not-released, positive: node-redis v4. Each 'watch-board' event duplicates the client
// and connect()s it for a board-specific subscription; the v4 pattern needs a dedicated connection
// in subscriber mode. The only cleanup is in socket.on("close"), which is not the disconnect path.
import express from "express";
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { createClient, RedisClientType } from "redis";

interface BoardEvent { boardId: string; card: string; column: string }

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer, { path: "/rt" });
const redis: RedisClientType = createClient({ url: process.env.REDIS_URL });

io.on("connection", (socket: Socket) => {
  let watching: string | null = null;

  socket.on("watch-board", async (boardId: string) => {
    watching = boardId;
    const subscriber = redis.duplicate(); // want "duplicate.*never released"
    await subscriber.connect();
    await subscriber.subscribe(`board:${boardId}`, (raw: string) => {
      const ev: BoardEvent = JSON.parse(raw);
      socket.emit("board-event", ev);
    });
  });

  socket.on("move-card", async (ev: BoardEvent) => {
    if (ev.boardId !== watching) return;
    await redis.publish(`board:${ev.boardId}`, JSON.stringify(ev));
  });

  socket.on("close", () => {
    watching = null;
  });
});

async function main(): Promise<void> {
  await redis.connect();
  httpServer.listen(4000, () => console.log("board realtime on :4000"));
}

main();
