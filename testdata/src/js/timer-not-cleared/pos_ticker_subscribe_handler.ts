// timer-not-cleared, positive: intervals started inside a per-socket event handler
// (socket.on('subscribe')) and cleared on 'unsubscribe' only; the disconnect handler never clears them.
// The market-status heartbeat is cleared only in socket.on('error'), which is not the disconnect path.
import express from "express";
import http from "http";
import { Server, Socket } from "socket.io";

type Ticker = string;
interface Quote { symbol: Ticker; price: number; ts: number }

const app = express();
const server = http.createServer(app);
const io = new Server(server);

const lastPrices: Record<Ticker, number> = { AAPL: 190, MSFT: 410, NVDA: 880 };

function nextQuote(symbol: Ticker): Quote {
  const prev = lastPrices[symbol] ?? 100;
  const price = +(prev * (1 + (Math.random() - 0.5) / 100)).toFixed(2);
  lastPrices[symbol] = price;
  return { symbol, price, ts: Date.now() };
}

function isMarketOpen(now: Date = new Date()): boolean {
  const h = now.getUTCHours();
  return now.getUTCDay() % 6 !== 0 && h >= 14 && h < 21;
}

io.on("connection", (socket: Socket) => {
  const streams = new Map<Ticker, ReturnType<typeof setInterval>>();
  const heartbeat = setInterval(() => socket.emit("market-open", isMarketOpen()), 30000); // want "setInterval started for this socket is never cleared"

  socket.on("subscribe", (symbol: Ticker) => {
    if (streams.has(symbol)) return;
    const id = setInterval(() => { // want "setInterval started for this socket is never cleared"
      socket.emit("quote", nextQuote(symbol));
    }, 500);
    streams.set(symbol, id);
  });

  socket.on("unsubscribe", (symbol: Ticker) => {
    clearInterval(streams.get(symbol));
    streams.delete(symbol);
  });

  socket.on("error", () => clearInterval(heartbeat));

  socket.on("disconnect", () => {
    console.log(`ticker client ${socket.id} left with ${streams.size} streams`);
  });
});

server.listen(3001);
