// timer-not-cleared, positive: a metrics polling interval that is .unref()'d but never cleared;
// unref() only stops the timer keeping the process alive, it is not a release.
// The disk interval is cleared only in process.on('exit'), not the disconnect path (flagged too).
// The uptime interval is cleared on disconnect and must not be flagged.
import express from "express";
import { createServer } from "node:http";
import { Server } from "socket.io";
import os from "node:os";
import { statfs } from "node:fs/promises";

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer, { path: "/metrics-ws" });

async function readMetrics() {
  const [one, five, fifteen] = os.loadavg();
  return { load: { one, five, fifteen }, freeMem: os.freemem(), totalMem: os.totalmem() };
}

app.use(express.static("public"));

io.on("connection", (socket) => {
  console.log(`dashboard ${socket.id} attached`);

  const poller = setInterval(async () => { // want "setInterval started for this socket is never cleared"
    socket.emit("metrics", await readMetrics());
  }, 2000);
  poller.unref();

  const diskTimer = setInterval(async () => { // want "setInterval started for this socket is never cleared"
    const { bavail, blocks } = await statfs("/");
    socket.emit("disk", { usedPct: 100 - (100 * bavail) / blocks });
  }, 30000);
  process.on("exit", () => clearInterval(diskTimer));

  const uptimeTimer = setInterval(() => {
    socket.emit("uptime", os.uptime());
  }, 60000);

  socket.on("disconnect", (reason) => {
    clearInterval(uptimeTimer);
    console.log(`dashboard ${socket.id} detached: ${reason}`);
  });
});

httpServer.listen(8080);
