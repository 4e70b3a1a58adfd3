// transaction-not-rolled-back, negative: exception "managed sequelize transaction":
// sequelize.transaction(async (t) => ...) commits or rolls back by itself when the callback settles.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { Sequelize, DataTypes, Model, InferAttributes, InferCreationAttributes } from "sequelize";

class Vote extends Model<InferAttributes<Vote>, InferCreationAttributes<Vote>> {
  declare pollId: number;
  declare option: string;
  declare voter: string;
}

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
Vote.init(
  { pollId: DataTypes.INTEGER, option: DataTypes.STRING, voter: DataTypes.STRING },
  { sequelize, tableName: "votes" },
);

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  const voter = String(socket.handshake.auth.user);

  socket.on("vote", async (pollId: number, option: string) => {
    const tally = await sequelize.transaction(async (t) => {
      await Vote.destroy({ where: { pollId, voter }, transaction: t });
      await Vote.create({ pollId, option, voter }, { transaction: t });
      return Vote.count({ where: { pollId, option }, transaction: t });
    });
    io.to(`poll:${pollId}`).emit("tally", { option, count: tally });
  });

  socket.on("watch-poll", (pollId: number) => socket.join(`poll:${pollId}`));
});

httpServer.listen(3001);
