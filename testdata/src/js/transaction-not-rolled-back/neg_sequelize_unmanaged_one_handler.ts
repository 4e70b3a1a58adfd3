// transaction-not-rolled-back, negative: exception "an unmanaged transaction finished in the same
// handler": `const t = await sequelize.transaction()` is committed or rolled back (catch) inside
// the 'room:rename' handler itself.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { Sequelize, DataTypes } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });
const Room = sequelize.define("Room", { name: DataTypes.STRING, slug: DataTypes.STRING });
const RoomAlias = sequelize.define("RoomAlias", { roomId: DataTypes.INTEGER, slug: DataTypes.STRING });

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  socket.on("room:rename", async (roomId: number, name: string, ack: (ok: boolean) => void) => {
    const t = await sequelize.transaction();
    try {
      const room = await Room.findByPk(roomId, { transaction: t, lock: t.LOCK.UPDATE });
      if (!room) throw new Error("no such room");
      await RoomAlias.create({ roomId, slug: room.get("slug") }, { transaction: t });
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      await room.update({ name, slug }, { transaction: t });
      await t.commit();
      io.emit("room:renamed", { roomId, name, slug });
      ack(true);
    } catch (err) {
      await t.rollback();
      ack(false);
    }
  });
});

httpServer.listen(3010);
