// resource-not-released, negative: exception "released on the disconnect path" registered with
// socket.once and an event name from a same-file constant (EVENTS.DISCONNECT): the per-dashboard
// MongoDB change stream is closed there.
import { createServer } from "http";
import { MongoClient, ChangeStream, ChangeStreamDocument } from "mongodb";
import { Server, Socket } from "socket.io";

interface Shipment { _id: string; warehouse: string; status: string; eta: Date }

const EVENTS = { DISCONNECT: "disconnect", SHIPMENT: "shipment" } as const;

const mongo = new MongoClient(process.env.MONGO_URL ?? "mongodb://localhost:27017");
const shipments = mongo.db("logistics").collection<Shipment>("shipments");
const httpServer = createServer();
const io = new Server(httpServer);

io.of("/warehouse").on("connection", (socket: Socket) => {
  const warehouse = String(socket.handshake.query.warehouse);

  const stream: ChangeStream<Shipment> = shipments.watch(
    [{ $match: { "fullDocument.warehouse": warehouse } }],
    { fullDocument: "updateLookup" },
  );
  stream.on("change", (ev: ChangeStreamDocument<Shipment>) => {
    if ("fullDocument" in ev && ev.fullDocument) socket.emit(EVENTS.SHIPMENT, ev.fullDocument);
  });
  stream.on("error", (err) => socket.emit("stream-error", err.message));

  socket.once(EVENTS.DISCONNECT, async () => {
    await stream.close();
  });
});

mongo.connect().then(() => httpServer.listen(3009));
