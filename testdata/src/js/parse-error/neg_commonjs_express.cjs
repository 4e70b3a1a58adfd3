// parse-error, negative: a plain CommonJS Express + socket.io server with
// async/await, generators and destructuring defaults.
const express = require("express");
const http = require("http");
const socketio = require("socket.io");

const app = express();
const server = http.createServer(app);
const io = socketio(server, { cors: { origin: "*" } });

function* ids() { let i = 0; while (true) yield i++; }
const next = ids();

app.get("/health", async (_req, res) => {
  const { count = 0 } = { count: io.engine.clientsCount };
  res.json({ ok: true, count });
});

io.on("connection", (socket) => {
  socket.emit("welcome", next.next().value);
});

server.listen(process.env.PORT || 3000);
