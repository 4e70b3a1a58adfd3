// scattered-disconnect-handlers, positive: three disconnect listeners, one per feature
// (presence, uploads, analytics): the second and the third are both reported.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { uploads } from "./uploads.js";
import { track } from "./analytics.js";

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 5e6 });
const present = new Set();

io.on("connection", (socket) => {
  present.add(socket.id);
  socket.on("disconnect", () => present.delete(socket.id));

  socket.on("upload-chunk", (id, chunk) => uploads.append(socket.id, id, chunk));
  socket.on("disconnect", () => uploads.abortAll(socket.id)); // want "another disconnect listener"

  const connectedAt = Date.now();
  socket.on("disconnect", (reason) => { // want "another disconnect listener"
    track("session_end", { sid: socket.id, ms: Date.now() - connectedAt, reason });
  });
});

httpServer.listen(3003);
