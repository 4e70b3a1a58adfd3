// timer-not-cleared, negative: the price ticker interval is created once at module level and the
// order-book sweep in a startup function (not a socket scope); both broadcast with io.emit. The
// connection handler starts no timer.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: "*" } });

const prices = { BTC: 64000, ETH: 3100, SOL: 145 };
const orders = [];

setInterval(() => {
  for (const sym of Object.keys(prices)) {
    prices[sym] = +(prices[sym] * (1 + (Math.random() - 0.5) / 200)).toFixed(2);
  }
  io.emit("prices", prices);
}, 1000);

function startOrderBookSweep() {
  return setInterval(() => {
    const cutoff = Date.now() - 30000;
    while (orders.length && orders[0].at < cutoff) orders.shift();
    io.emit("book", orders.slice(-50));
  }, 5000);
}

const sweeper = startOrderBookSweep();

io.on("connection", (socket) => {
  socket.emit("prices", prices);
  socket.on("order", (order) => {
    orders.push({ ...order, at: Date.now() });
  });
});

process.on("SIGTERM", () => {
  clearInterval(sweeper);
  io.close();
});

httpServer.listen(3004);
