// transaction-not-rolled-back, positive: an admin namespace (io.of("/admin").on("connection"))
// that runs bulk price changes in an unmanaged knex transaction opened on 'bulk:begin' and applied
// on 'bulk:apply'. The rollback is only in socket.on("error"), not on the disconnect path.
import { createServer } from "node:http";
import Knex from "knex";
import { Server } from "socket.io";

const knex = Knex({ client: "mysql2", connection: process.env.MYSQL_URL, pool: { min: 0, max: 8 } });
const httpServer = createServer();
const io = new Server(httpServer);

io.of("/admin").on("connection", (socket) => {
  let trx;

  socket.on("bulk:begin", async ({ category }, ack) => {
    trx = await knex.transaction({ isolationLevel: "repeatable read" }); // want "transaction begun by.*transaction"
    const rows = await trx("products").where({ category }).forUpdate().select("id", "price");
    ack(rows);
  });

  socket.on("bulk:change", async ({ id, price }) => {
    if (trx) await trx("products").where({ id }).update({ price });
  });

  socket.on("bulk:apply", async (ack) => {
    if (!trx) return ack(false);
    await trx.commit();
    trx = undefined;
    ack(true);
  });

  socket.on("error", async (err) => {
    console.error("admin socket error", err);
    if (trx) await trx.rollback(err);
  });
});

httpServer.listen(3007);
