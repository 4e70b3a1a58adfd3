// transaction-not-rolled-back, negative: exception "rolled back on the disconnect path": the record
// lock taken in 'edit:start' (BEGIN ... FOR UPDATE) is committed on 'edit:save' and, when the editor
// leaves mid-edit, rolled back (and the client released) in the disconnect handler.
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  let client = null;

  socket.on("edit:start", async (id, ack) => {
    if (client) return ack({ error: "already editing" });
    client = await pool.connect();
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT * FROM pages WHERE id = $1 FOR UPDATE NOWAIT", [id]);
    ack(rows[0]);
  });

  socket.on("edit:save", async ({ id, body }, ack) => {
    if (!client) return ack({ error: "not editing" });
    await client.query("UPDATE pages SET body = $1, updated_at = now() WHERE id = $2", [body, id]);
    await client.query("COMMIT");
    client.release();
    client = null;
    ack({ ok: true });
  });

  socket.on("disconnect", async () => {
    if (!client) return;
    try {
      await client.query("ROLLBACK");
    } finally {
      client.release();
      client = null;
    }
  });
});

httpServer.listen(3006);
