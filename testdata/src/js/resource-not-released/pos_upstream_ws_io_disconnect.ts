// resource-not-released, positive: each socket that subscribes to a symbol opens its own outbound
// WebSocket to the exchange feed. The close is in io.on("disconnect"), which never fires (only
// sockets emit 'disconnect'), so the upstream connections pile up.
import { createServer } from "http";
import WebSocket from "ws";
import { Server, Socket } from "socket.io";

interface Tick { s: string; p: string; q: string; T: number }

const FEED = process.env.FEED_URL ?? "wss://stream.example-exchange.com/ws";
const httpServer = createServer();
const io = new Server(httpServer);
const feeds = new Map<string, WebSocket>();

io.on("connection", (socket: Socket) => {
  socket.on("subscribe", (symbol: string) => {
    const upstream = new WebSocket(`${FEED}/${symbol.toLowerCase()}@trade`); // want "WebSocket.*never released"
    feeds.set(socket.id, upstream);
    upstream.on("message", (raw: WebSocket.RawData) => {
      const t: Tick = JSON.parse(raw.toString());
      socket.emit("trade", { symbol: t.s, price: Number(t.p), qty: Number(t.q), at: t.T });
    });
    upstream.on("error", (err) => socket.emit("feed-error", err.message));
  });
});

io.on("disconnect", (socket: Socket) => {
  feeds.get(socket.id)?.close();
  feeds.delete(socket.id);
});

httpServer.listen(3200);
