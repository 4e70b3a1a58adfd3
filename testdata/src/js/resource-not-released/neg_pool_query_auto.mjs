// resource-not-released, negative: exception "pool.query / pool.execute release themselves". The
// chat history and typing stats use pooled queries only; no client is checked out.
import { createServer } from "node:http";
import express from "express";
import pg from "pg";
import mysql from "mysql2/promise";
import { Server } from "socket.io";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const stats = mysql.createPool({ uri: process.env.STATS_URL });
const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);

io.on("connection", async (socket) => {
  const room = String(socket.handshake.query.room ?? "general");
  socket.join(room);

  const { rows } = await pool.query(
    "SELECT author, body, sent_at FROM messages WHERE room = $1 ORDER BY sent_at DESC LIMIT 50",
    [room],
  );
  socket.emit("history", rows.reverse());

  socket.on("message", async (body) => {
    const { rows: [msg] } = await pool.query(
      "INSERT INTO messages (room, author, body) VALUES ($1, $2, $3) RETURNING *",
      [room, socket.handshake.auth.user, body],
    );
    io.to(room).emit("message", msg);
  });

  socket.on("typing", () => {
    stats.execute("INSERT INTO typing_events (room, at) VALUES (?, NOW())", [room]);
    socket.to(room).emit("typing", socket.handshake.auth.user);
  });
});

httpServer.listen(3003);
