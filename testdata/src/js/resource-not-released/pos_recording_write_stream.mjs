// resource-not-released, positive: a session recorder. 'rec:start' opens a write stream per socket
// and 'rec:stop' ends it, but a client that closes the tab while recording never sends 'rec:stop'
// and nothing on the disconnect path ends the stream: the fd stays open and the file unflushed.
import { createServer } from "node:http";
import fs from "node:fs";
import path from "node:path";
import { Server } from "socket.io";

const RECORDINGS = process.env.RECORDINGS_DIR ?? "/var/lib/recorder";
const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 5e6 });

io.on("connection", (socket) => {
  let out = null;

  socket.on("rec:start", ({ sessionId }) => {
    const file = path.join(RECORDINGS, `${sessionId}-${Date.now()}.ndjson`);
    out = fs.createWriteStream(file, { flags: "a" }); // want "createWriteStream.*never released"
    socket.emit("rec:started", { file: path.basename(file) });
  });

  socket.on("rec:event", (ev) => {
    if (out) out.write(JSON.stringify({ t: Date.now(), ...ev }) + "\n");
  });

  socket.on("rec:stop", () => {
    if (!out) return;
    out.end();
    out = null;
  });

  socket.on("disconnect", (reason) => {
    console.log(`recorder ${socket.id} left: ${reason}`);
  });
});

httpServer.listen(5050);
