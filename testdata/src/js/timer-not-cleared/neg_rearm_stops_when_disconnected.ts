// timer-not-cleared, negative: a re-arming setTimeout polling loop that stops re-arming once
// socket.disconnected is true, so the loop ends by itself after the client leaves.
import express from "express";
import { createServer } from "http";
import { Server, Socket } from "socket.io";

interface BuildStatus { id: string; state: "queued" | "running" | "passed" | "failed" }

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

async function fetchBuilds(project: string): Promise<BuildStatus[]> {
  const res = await fetch(`http://ci.internal/api/projects/${project}/builds`);
  return (await res.json()) as BuildStatus[];
}

io.on("connection", (socket: Socket) => {
  const project = String(socket.handshake.query.project ?? "main");

  const poll = async (): Promise<void> => {
    if (socket.disconnected) return;
    try {
      socket.emit("builds", await fetchBuilds(project));
    } catch (err) {
      socket.emit("builds-error", (err as Error).message);
    }
    setTimeout(poll, 5000);
  };
  void poll();

  socket.on("retry", async (buildId: string) => {
    await fetch(`http://ci.internal/api/builds/${buildId}/retry`, { method: "POST" });
  });
});

httpServer.listen(4300);
