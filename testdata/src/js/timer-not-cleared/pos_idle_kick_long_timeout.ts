// timer-not-cleared, positive: a stored 5-minute idle-kick setTimeout (re-armed on every packet
// through a helper) with no clearTimeout on the disconnect path; it holds the socket for 5 minutes.
import { createServer } from "node:http";
import { Server, type Socket } from "socket.io";

interface SessionInfo { user: string; joinedAt: number }

const httpServer = createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("support chat");
});
const io = new Server(httpServer, { cors: { origin: ["https://support.example.com"] } });
const sessions = new Map<string, SessionInfo>();

io.on("connection", (socket: Socket) => {
  let idleTimer: NodeJS.Timeout | undefined;

  const armIdle = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => { // want "setTimeout started for this socket is never cleared"
      socket.emit("idle", "closing after 5 minutes of inactivity");
      socket.disconnect(true);
    }, 300000);
  };

  sessions.set(socket.id, { user: socket.handshake.auth.user ?? "guest", joinedAt: Date.now() });
  armIdle();
  socket.onAny(() => armIdle());

  socket.on("message", (text: string) => {
    socket.broadcast.emit("message", { from: sessions.get(socket.id)?.user, text });
  });

  socket.on("disconnect", () => {
    sessions.delete(socket.id);
  });
});

httpServer.listen(5000);
