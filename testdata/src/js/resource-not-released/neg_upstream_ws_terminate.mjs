// resource-not-released, negative: exception "released in the disconnect handler": the outbound
// WebSocket to the upstream market feed is terminated, and the readline interface over the
// replay file closed and its read stream destroyed, on disconnect.
import { createServer } from "node:http";
import fs from "node:fs";
import readline from "node:readline";
import WebSocket from "ws";
import { Server } from "socket.io";

const FEED = process.env.FEED_URL ?? "wss://feed.example.net/v1";
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const market = String(socket.handshake.query.market ?? "BTC-USD");

  const input = fs.createReadStream(`/data/replay/${market}.ndjson`);
  const replay = readline.createInterface({ input, crlfDelay: Infinity });
  replay.on("line", (line) => socket.emit("replay", JSON.parse(line)));
  replay.on("close", () => socket.emit("replay:done"));

  const upstream = new WebSocket(`${FEED}?market=${encodeURIComponent(market)}`);
  upstream.on("open", () => upstream.send(JSON.stringify({ type: "subscribe", channels: ["ticker"] })));
  upstream.on("message", (data) => socket.volatile.emit("ticker", JSON.parse(data.toString())));

  socket.on("disconnect", () => {
    replay.close();
    input.destroy();
    upstream.terminate();
  });
});

httpServer.listen(3010);
