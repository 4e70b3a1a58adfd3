// transaction-not-rolled-back, positive: knex without a handler. 'checkout:start' opens a
// transaction and reserves stock in it; 'checkout:confirm' commits and 'checkout:cancel' rolls back.
// There is no disconnect handler, so a shopper who leaves keeps the reservation's locks and the
// pooled connection busy until the database kills it.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import knexFactory, { Knex } from "knex";

interface CartLine { sku: string; qty: number }

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  let trx: Knex.Transaction | null = null;

  socket.on("checkout:start", async (lines: CartLine[], ack: (ok: boolean) => void) => {
    trx = await knex.transaction(); // want "transaction begun by.*transaction"
    for (const line of lines) {
      await trx("stock").where({ sku: line.sku }).decrement("available", line.qty);
    }
    ack(true);
  });

  socket.on("checkout:confirm", async (orderId: string) => {
    if (!trx) return;
    await trx("orders").where({ id: orderId }).update({ status: "paid" });
    await trx.commit();
    trx = null;
  });

  socket.on("checkout:cancel", async () => {
    if (!trx) return;
    await trx.rollback();
    trx = null;
  });
});

httpServer.listen(3001);
