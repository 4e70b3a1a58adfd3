// transaction-not-rolled-back, negative: exception "rolled back on the disconnect path" through a
// same-file helper: the unmanaged knex transaction of the seat map editor is rolled back by
// abandon(), which the 'disconnecting' handler calls.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import knexFactory, { Knex } from "knex";

const knex: Knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  let trx: Knex.Transaction | null = null;

  async function abandon(): Promise<void> {
    if (!trx) return;
    await trx.rollback();
    trx = null;
  }

  socket.on("layout:edit", async (venueId: number) => {
    await abandon();
    trx = await knex.transaction();
    await trx("venues").where({ id: venueId }).forUpdate().first();
  });

  socket.on("layout:seat", async (seat: { id: number; row: string; col: number }) => {
    if (trx) await trx("seats").where({ id: seat.id }).update({ row: seat.row, col: seat.col });
  });

  socket.on("layout:publish", async () => {
    if (!trx) return;
    await trx.commit();
    trx = null;
  });

  socket.on("disconnecting", () => {
    abandon().catch((err) => console.error("rollback failed", err));
  });
});

httpServer.listen(3008);
