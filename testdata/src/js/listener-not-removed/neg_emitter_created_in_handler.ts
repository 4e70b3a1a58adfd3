// listener-not-removed, negative: the emitters are created inside the connection handler (a
// per-socket EventEmitter for upload progress, a per-socket redis.duplicate() subscriber), so
// their listeners die with the socket. The duplicate itself is quit on disconnect.
import { EventEmitter } from "events";
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import Redis from "ioredis";

interface UploadChunk { seq: number; data: Buffer; last: boolean }

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 1e7 });

io.on("connection", (socket: Socket) => {
  const progress = new EventEmitter();
  let received = 0;

  progress.on("chunk", (bytes: number) => {
    received += bytes;
    socket.emit("upload-progress", received);
  });
  progress.once("done", () => socket.emit("upload-done", received));

  socket.on("chunk", (chunk: UploadChunk) => {
    progress.emit("chunk", chunk.data.length);
    if (chunk.last) progress.emit("done");
  });

  const sub = redis.duplicate();
  sub.subscribe(`inbox:${socket.handshake.auth.userId}`);
  sub.on("message", (_channel: string, payload: string) => {
    socket.emit("inbox", JSON.parse(payload));
  });

  socket.on("disconnect", async () => {
    await sub.quit();
  });
});

httpServer.listen(3001);
