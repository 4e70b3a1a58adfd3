// listener-not-removed, positive: a listener added to the module-level priceFeed inside the
// per-socket 'subscribe' handler, removed on disconnect from the socket instead of the feed
// (wrong emitter). The newsFeed listener is removed correctly with removeListener.
import { EventEmitter } from "events";
import express from "express";
import http from "http";
import { Server, Socket } from "socket.io";

interface Tick { symbol: string; bid: number; ask: number }
interface Headline { symbol: string; title: string }

class PriceFeed extends EventEmitter {
  publish(t: Tick): void { this.emit("tick", t); }
}

const priceFeed = new PriceFeed();
const newsFeed = new EventEmitter();
const app = express();
const server = http.createServer(app);
const io = new Server(server);

io.on("connection", (socket: Socket) => {
  const watched = new Set<string>();
  const onTick = (t: Tick): void => {
    if (watched.has(t.symbol)) socket.emit("tick", t);
  };
  const onHeadline = (h: Headline): void => {
    if (watched.has(h.symbol)) socket.emit("headline", h);
  };
  newsFeed.on("headline", onHeadline);

  socket.on("subscribe", (symbol: string) => {
    if (watched.size === 0) priceFeed.on("tick", onTick); // want "listener for .tick. added to priceFeed"
    watched.add(symbol);
  });

  socket.on("disconnect", () => {
    socket.off("tick", onTick);
    newsFeed.removeListener("headline", onHeadline);
  });
});

server.listen(3001);
