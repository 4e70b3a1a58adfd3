// transaction-not-rolled-back, positive: lowercase `begin` on a dedicated pg Client per socket,
// committed on 'import:finish'. The rollback sits in io.on("disconnect"), which never fires (only
// sockets emit 'disconnect'), so an interrupted CSV import leaves its transaction open.
import { createServer } from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 2e6 });
const imports = new Map();

io.on("connection", (socket) => {
  socket.on("import:start", async (table) => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    await db.query("begin"); // want "transaction begun by.*query"
    imports.set(socket.id, { db, table, rows: 0 });
    socket.emit("import:ready");
  });

  socket.on("import:rows", async (rows) => {
    const job = imports.get(socket.id);
    if (!job) return;
    for (const r of rows) {
      await job.db.query(`INSERT INTO ${job.table} (sku, name, price) VALUES ($1, $2, $3)`, [r.sku, r.name, r.price]);
      job.rows++;
    }
  });

  socket.on("import:finish", async () => {
    const job = imports.get(socket.id);
    if (!job) return;
    await job.db.query("commit");
    await job.db.end();
    imports.delete(socket.id);
    socket.emit("import:done", job.rows);
  });
});

io.on("disconnect", async (socket) => {
  const job = imports.get(socket.id);
  if (job) await job.db.query("rollback");
});

httpServer.listen(3005);
