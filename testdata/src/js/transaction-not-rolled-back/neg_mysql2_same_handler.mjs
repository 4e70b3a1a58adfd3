// transaction-not-rolled-back, negative: exception "START TRANSACTION and COMMIT/ROLLBACK in the
// same handler" (mysql2, try/catch/finally): nothing is left open across events.
import { createServer } from "node:http";
import mysql from "mysql2/promise";
import { Server } from "socket.io";

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const player = socket.handshake.auth.player;

  socket.on("trade", async ({ to, itemId }, ack) => {
    const conn = await pool.getConnection();
    try {
      await conn.query("START TRANSACTION");
      const [[item]] = await conn.query("SELECT owner FROM items WHERE id = ? FOR UPDATE", [itemId]);
      if (!item || item.owner !== player) throw new Error("not your item");
      await conn.execute("UPDATE items SET owner = ? WHERE id = ?", [to, itemId]);
      await conn.execute("INSERT INTO trades (item_id, from_player, to_player) VALUES (?, ?, ?)", [itemId, player, to]);
      await conn.query("COMMIT");
      ack({ ok: true });
      io.to(`player:${to}`).emit("item:received", { itemId, from: player });
    } catch (err) {
      await conn.query("ROLLBACK");
      ack({ ok: false, error: err.message });
    } finally {
      conn.release();
    }
  });

  socket.join(`player:${player}`);
});

httpServer.listen(3009);
