// transaction-not-rolled-back, positive: mysql2 with START TRANSACTION. Seats are held with
// SELECT ... FOR UPDATE on 'seats:hold' and the booking committed on 'seats:book'. No disconnect
// handler is registered, so a buyer who leaves keeps the seat rows locked.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import mysql, { PoolConnection, RowDataPacket } from "mysql2/promise";

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 20 });
const httpServer = createServer();
const io = new Server(httpServer);

io.of("/box-office").on("connection", (socket: Socket) => {
  let conn: PoolConnection | null = null;
  let held: number[] = [];

  socket.on("seats:hold", async (showId: number, seatIds: number[], ack: (ok: boolean) => void) => {
    conn = await pool.getConnection();
    await conn.query("START TRANSACTION"); // want "transaction begun by.*query"
    const [rows] = await conn.query<RowDataPacket[]>(
      "SELECT id FROM seats WHERE show_id = ? AND id IN (?) AND booked_by IS NULL FOR UPDATE",
      [showId, seatIds],
    );
    held = rows.map((r) => r.id as number);
    ack(held.length === seatIds.length);
  });

  socket.on("seats:book", async (customerId: string) => {
    if (!conn) return;
    await conn.query("UPDATE seats SET booked_by = ? WHERE id IN (?)", [customerId, held]);
    await conn.query("COMMIT");
    conn.release();
    conn = null;
    socket.emit("seats:booked", held);
  });
});

httpServer.listen(3004);
