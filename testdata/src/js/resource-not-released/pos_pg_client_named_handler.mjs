// resource-not-released, positive: a dedicated pg Client per socket (not pooled) for a long-lived
// LISTEN, created in a named connection handler declared in the file. The disconnect handler calls
// a same-file helper that only updates the audit table; client.end() is never called.
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const { Client, Pool } = pg;
const pool = new Pool();
const httpServer = createServer();
const io = new Server(httpServer);

async function recordLeave(userId) {
  await pool.query("UPDATE sessions SET left_at = now() WHERE user_id = $1", [userId]);
}

async function onConnection(socket) {
  const userId = socket.handshake.auth.userId;
  const listener = new Client({ connectionString: process.env.DATABASE_URL }); // want "Client.*never released"
  await listener.connect();
  listener.on("notification", ({ payload }) => socket.emit("job", JSON.parse(payload)));
  await listener.query(`LISTEN jobs_user_${Number(userId)}`);

  socket.on("disconnect", () => {
    recordLeave(userId);
  });
}

io.on("connection", onConnection);
httpServer.listen(3600);
