// transaction-not-rolled-back, positive: sequelize unmanaged transaction. A survey draft is edited
// inside a transaction opened on 'draft:open' and committed on 'draft:publish'. The rollback is in
// socket.on("close"), which is not the disconnect path, so abandoned drafts stay open.
import { createServer } from "node:http";
import { Sequelize, DataTypes } from "sequelize";
import { Server } from "socket.io";

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Question = sequelize.define("Question", {
  surveyId: DataTypes.INTEGER,
  text: DataTypes.STRING,
  position: DataTypes.INTEGER,
});

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  let t = null;
  let surveyId = null;

  socket.on("draft:open", async (id) => {
    surveyId = id;
    t = await sequelize.transaction(); // want "transaction begun by.*transaction"
    const questions = await Question.findAll({ where: { surveyId }, transaction: t, lock: t.LOCK.UPDATE });
    socket.emit("draft:questions", questions.map((q) => q.toJSON()));
  });

  socket.on("draft:add", async ({ text, position }) => {
    if (t) await Question.create({ surveyId, text, position }, { transaction: t });
  });

  socket.on("draft:publish", async () => {
    if (!t) return;
    await t.commit();
    t = null;
    io.emit("survey:updated", surveyId);
  });

  socket.on("close", async () => {
    if (t) await t.rollback();
  });
});

httpServer.listen(3002);
