// listener-not-removed, positive: `addEventListener` on the signal of a module-level
// AbortController (an EventTarget that outlives every socket); each connection adds one and
// none is ever removed.
import express from "express";
import { createServer } from "http";
import { Server, Socket } from "socket.io";

const shutdown = new AbortController();
const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

interface Draft { docId: string; body: string }
const drafts = new Map<string, Draft>();

io.on("connection", (socket: Socket) => {
  shutdown.signal.addEventListener("abort", () => { // want "listener for .abort. added to shutdown"
    socket.emit("server-shutdown", { reconnectInMs: 3000 });
  });

  socket.on("draft", (d: Draft) => {
    drafts.set(d.docId, d);
    socket.to(d.docId).emit("draft", d);
  });

  socket.on("disconnect", (reason: string) => {
    console.log(`editor ${socket.id} disconnected: ${reason}`);
  });
});

process.on("SIGTERM", () => {
  shutdown.abort();
  io.close();
});

httpServer.listen(4000);
