// resource-not-released, positive: tailing a build log for this socket with fs.watch plus a file
// handle from fs.promises.open, both made in the 'follow' handler. Nothing is released on
// disconnect: an inotify watch and an open fd leak per follower.
import { createServer } from "node:http";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Server } from "socket.io";

const BUILDS = "/var/ci/builds";
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  socket.on("follow", async (buildId) => {
    const file = path.join(BUILDS, String(Number(buildId)), "build.log");
    const handle = await fsp.open(file, "r"); // want "open.*never released"
    let position = 0;

    const readNew = async () => {
      const { size } = await handle.stat();
      if (size <= position) return;
      const buf = Buffer.alloc(size - position);
      await handle.read(buf, 0, buf.length, position);
      position = size;
      socket.emit("log", buf.toString("utf8"));
    };

    const watcher = fs.watch(file, () => { readNew(); }); // want "watch.*never released"
    await readNew();
  });

  socket.on("disconnect", () => {
    console.log("follower left", socket.id);
  });
});

httpServer.listen(3700);
