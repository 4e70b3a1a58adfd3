// transaction-not-rolled-back, positive: native MongoDB driver. The transaction is begun in a
// same-file helper (openBatch) called from the 'batch:open' handler and committed on
// 'batch:commit'. The disconnect handler calls forget(), which only drops the map entry: the
// session is neither aborted nor ended.
import { createServer } from "http";
import { ClientSession, MongoClient } from "mongodb";
import { Server, Socket } from "socket.io";

interface Reading { sensor: string; value: number; at: Date }

const mongo = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost:27017/?replicaSet=rs0");
const readings = mongo.db("telemetry").collection<Reading>("readings");
const httpServer = createServer();
const io = new Server(httpServer);
const batches = new Map<string, ClientSession>();

function openBatch(socket: Socket): ClientSession {
  const session = mongo.startSession();
  session.startTransaction({ writeConcern: { w: "majority" } }); // want "transaction begun by.*startTransaction"
  batches.set(socket.id, session);
  return session;
}

function forget(socket: Socket): void {
  batches.delete(socket.id);
}

io.on("connection", (socket: Socket) => {
  socket.on("batch:open", () => {
    openBatch(socket);
    socket.emit("batch:opened");
  });

  socket.on("batch:add", async (r: Reading) => {
    const session = batches.get(socket.id);
    if (session) await readings.insertOne({ ...r, at: new Date(r.at) }, { session });
  });

  socket.on("batch:commit", async () => {
    const session = batches.get(socket.id);
    if (!session) return;
    await session.commitTransaction();
    await session.endSession();
    batches.delete(socket.id);
  });

  socket.on("disconnect", () => forget(socket));
});

mongo.connect().then(() => httpServer.listen(3006));
