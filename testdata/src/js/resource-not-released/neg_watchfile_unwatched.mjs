// resource-not-released, negative: exception "fs.watchFile(p) undone by fs.unwatchFile(p) on the
// disconnect path", plus a read stream piped to an HTTP response in an Express route (not a socket
// scope: it belongs to the request).
import { createServer } from "node:http";
import fs from "node:fs";
import path from "node:path";
import express from "express";
import { Server } from "socket.io";

const DATA = path.resolve("data");
const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

app.get("/download/:name", (req, res) => {
  const file = path.join(DATA, path.basename(req.params.name));
  fs.createReadStream(file).on("error", () => res.sendStatus(404)).pipe(res);
});

io.on("connection", (socket) => {
  const file = path.join(DATA, "scoreboard.json");
  const push = () => fs.readFile(file, "utf8", (err, text) => !err && socket.emit("scores", JSON.parse(text)));
  push();

  fs.watchFile(file, { interval: 1000 }, push);

  socket.on("disconnect", () => {
    fs.unwatchFile(file, push);
  });
});

httpServer.listen(3311);
