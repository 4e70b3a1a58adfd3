// Presence service for the team sidebar: who is online, who went idle, and
// the status messages people set. LEAKY version. See ../../README.md.

import { createServer } from "node:http";
import { EventEmitter } from "node:events";
import { Server, Socket } from "socket.io";

interface Profile {
  id: string;
  name: string;
  team: string;
}

interface PresenceEntry {
  userId: string;
  name: string;
  status: "online" | "idle";
  lastSeen: number;
}

const ACCOUNTS_URL = process.env.ACCOUNTS_URL ?? "http://accounts.internal";
const IDLE_AFTER_MS = 60_000;

// Status changes posted over HTTP, fanned out to every connected sidebar.
export const statusBus = new EventEmitter();
statusBus.setMaxListeners(0);

const httpServer = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "POST" && url.pathname === "/status") {
    statusBus.emit("status", url.searchParams.get("user"), url.searchParams.get("text"));
    res.writeHead(202).end();
    return;
  }
  res.writeHead(404).end();
});

const io = new Server(httpServer, { pingInterval: 10_000 });
const presence = io.of("/presence");

const online = new Map<string, PresenceEntry>(); // socket.id -> entry

async function loadProfile(token: unknown): Promise<Profile | null> {
  if (typeof token !== "string" || token === "") return null;
  const res = await fetch(`${ACCOUNTS_URL}/me`, { headers: { authorization: `Bearer ${token}` } });
  return res.ok ? ((await res.json()) as Profile) : null;
}

presence.on("connection", async (socket: Socket) => {
  const profile = await loadProfile(socket.handshake.auth.token).catch(() => null);
  if (!profile) {
    socket.disconnect(true);
    return;
  }

  const teamRoom = `team:${profile.team}`;
  socket.join(teamRoom);
  online.set(socket.id, { userId: profile.id, name: profile.name, status: "online", lastSeen: Date.now() });
  socket.to(teamRoom).emit("online", profile.name);

  socket.on("activity", () => {
    const entry = online.get(socket.id);
    if (!entry) return;
    entry.lastSeen = Date.now();
    if (entry.status === "idle") {
      entry.status = "online";
      socket.to(teamRoom).emit("online", profile.name);
    }
  });

  // Mark the user idle after a minute without activity; re-checks every 15 s.
  const checkIdle = (): void => {
    const entry = online.get(socket.id);
    if (entry && entry.status === "online" && Date.now() - entry.lastSeen > IDLE_AFTER_MS) {
      entry.status = "idle";
      socket.to(teamRoom).emit("idle", profile.name);
    }
    setTimeout(checkIdle, 15_000);
  };
  checkIdle();

  const onStatus = (userId: string | null, text: string | null): void => {
    socket.emit("status", { userId, text });
  };
  statusBus.on("status", onStatus);

  socket.on("disconnect", () => {
    online.delete(socket.id);
    socket.to(teamRoom).emit("offline", profile.name);
  });
});

httpServer.listen(Number(process.env.PORT ?? 3001));
