// resource-not-released, negative: exception "released in the disconnect handler" with the other
// accepted release names: ioredis disconnect() on a per-socket `new Redis()`, mysql2 end() on a
// dedicated createConnection(), node-redis v4 quit() on a duplicate().
import { createServer } from "http";
import Redis from "ioredis";
import mysql from "mysql2/promise";
import { createClient } from "redis";
import { Server, Socket } from "socket.io";

const nodeRedis = createClient({ url: process.env.REDIS_URL });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", async (socket: Socket) => {
  const region: string = String(socket.handshake.query.region ?? "eu");
  const geo = new Redis(process.env.GEO_REDIS_URL as string);
  const replica = await mysql.createConnection({ uri: process.env.MYSQL_REPLICA_URL });
  const events = nodeRedis.duplicate();

  socket.on("disconnect", async () => {
    geo.disconnect();
    await Promise.allSettled([replica.end(), events.quit()]);
  });

  await events.connect();
  await events.subscribe(`region:${region}`, (msg: string) => socket.emit("region-event", JSON.parse(msg)));

  socket.on("nearby", async (lon: number, lat: number, ack: (ids: string[]) => void) => {
    const ids = (await geo.geosearch(`drivers:${region}`, "FROMLONLAT", lon, lat, "BYRADIUS", 2, "km")) as string[];
    const [rows] = await replica.query("SELECT id FROM drivers WHERE id IN (?) AND online = 1", [ids]);
    ack((rows as Array<{ id: string }>).map((r) => r.id));
  });
});

nodeRedis.connect().then(() => httpServer.listen(3313));
