// resource-not-released, negative: exception "released in the same handler's finally". The mysql2
// connection and the pg pool client are checked out for one event and given back in finally, so
// neither outlives its handler (no disconnect handler is needed for them).
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import mysql from "mysql2/promise";
import { Pool, PoolClient } from "pg";

interface Transfer { from: string; to: string; cents: number }

const ledger = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 });
const pgPool = new Pool({ connectionString: process.env.PG_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  socket.on("balance", async (account: string, ack: (cents: number) => void) => {
    const conn = await ledger.getConnection();
    try {
      await conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const [rows] = await conn.query("SELECT SUM(cents) AS c FROM entries WHERE account = ?", [account]);
      ack(Number((rows as Array<{ c: number }>)[0].c ?? 0));
    } finally {
      conn.release();
    }
  });

  socket.on("audit", async (t: Transfer) => {
    const client: PoolClient = await pgPool.connect();
    try {
      await client.query("INSERT INTO audit (actor, payload) VALUES ($1, $2)", [socket.id, t]);
    } catch (err) {
      socket.emit("audit-failed", (err as Error).message);
    } finally {
      client.release();
    }
  });
});

httpServer.listen(3002);
