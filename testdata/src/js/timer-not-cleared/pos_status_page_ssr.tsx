// timer-not-cleared, positive (TSX): an Express route server-renders a React status page, and each
// socket gets an interval whose id is never stored (always flagged); no disconnect handler at all.
import * as React from "react";
import { renderToString } from "react-dom/server";
import express, { Request, Response } from "express";
import { createServer } from "http";
import { Server } from "socket.io";

interface ServiceStatus { name: string; healthy: boolean; latencyMs: number }

const services: ServiceStatus[] = [
  { name: "api", healthy: true, latencyMs: 12 },
  { name: "worker", healthy: true, latencyMs: 40 },
];

function StatusPage({ items }: { items: ServiceStatus[] }) {
  return (
    <main>
      <h1>System status</h1>
      <ul id="services">
        {items.map((s) => (
          <li key={s.name} className={s.healthy ? "ok" : "down"}>
            {s.name}: {s.latencyMs} ms
          </li>
        ))}
      </ul>
      <script src="/socket.io/socket.io.js" />
    </main>
  );
}

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

app.get("/", (_req: Request, res: Response) => {
  res.send("<!doctype html>" + renderToString(<StatusPage items={services} />));
});

io.on("connection", (socket) => {
  socket.emit("status", services);
  setInterval(() => socket.emit("status", services), 5000); // want "setInterval started for this socket is never cleared.*no disconnect handler is registered"
});

httpServer.listen(3000);
