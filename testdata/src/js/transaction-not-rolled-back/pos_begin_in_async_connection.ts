// transaction-not-rolled-back, positive: an exam kiosk. The async connection handler itself checks
// out a pg client and runs BEGIN; the 'exam:finish' handler registered inside it commits. COMMIT
// lives in a different function (the event handler), so the transaction spans events, and the
// disconnect handler releases the client without a ROLLBACK first (an aborted exam leaves it open
// on a pooled connection that goes back to the pool mid-transaction).
import { createServer } from "http";
import { Pool, PoolClient } from "pg";
import { Server, Socket } from "socket.io";

interface AnswerMsg { question: number; choice: string }

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.of("/exam").on("connection", async (socket: Socket) => {
  const candidate: string = socket.handshake.auth.candidate;
  const client: PoolClient = await pool.connect();

  socket.on("disconnect", () => {
    client.release();
  });

  await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE"); // want "transaction begun by.*query"
  await client.query("INSERT INTO attempts (candidate, started_at) VALUES ($1, now())", [candidate]);

  socket.on("exam:answer", async ({ question, choice }: AnswerMsg) => {
    await client.query(
      "INSERT INTO answers (candidate, question, choice) VALUES ($1, $2, $3) ON CONFLICT (candidate, question) DO UPDATE SET choice = $3",
      [candidate, question, choice],
    );
  });

  socket.on("exam:finish", async (ack: (ok: boolean) => void) => {
    await client.query("UPDATE attempts SET finished_at = now() WHERE candidate = $1", [candidate]);
    await client.query("COMMIT");
    ack(true);
  });
});

httpServer.listen(3011);
