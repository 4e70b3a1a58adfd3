// transaction-not-rolled-back, negative: exception "rolled back on the disconnect path" for a
// transaction kept in a property of the per-socket state object (state.t, an unmanaged sequelize
// transaction): 'disconnect' rolls it back when the editor leaves before saving.
import { createServer } from "node:http";
import { Sequelize, DataTypes } from "sequelize";
import { Server } from "socket.io";

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Slide = sequelize.define("Slide", { deckId: DataTypes.INTEGER, position: DataTypes.INTEGER, body: DataTypes.TEXT });

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const state = { deckId: null, t: null };

  socket.on("deck:lock", async (deckId, ack) => {
    if (state.t) return ack(false);
    state.deckId = deckId;
    state.t = await sequelize.transaction();
    await Slide.findAll({ where: { deckId }, transaction: state.t, lock: state.t.LOCK.UPDATE });
    ack(true);
  });

  socket.on("deck:slide", async ({ position, body }) => {
    if (state.t) await Slide.upsert({ deckId: state.deckId, position, body }, { transaction: state.t });
  });

  socket.on("deck:save", async () => {
    if (!state.t) return;
    await state.t.commit();
    state.t = null;
  });

  socket.on("disconnect", async () => {
    if (!state.t) return;
    await state.t.rollback().catch((err) => console.error("rollback failed", err));
    state.t = null;
  });
});

httpServer.listen(3012);
