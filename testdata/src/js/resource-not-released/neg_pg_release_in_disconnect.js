// resource-not-released, negative: exception "released in the disconnect handler directly". The
// pg pool client kept for LISTEN/NOTIFY is UNLISTENed and released in socket.on('disconnect').
const http = require('http');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const server = http.createServer();
const io = new Server(server);

io.on('connection', async (socket) => {
  const tenant = String(socket.handshake.auth.tenant || 'public').replace(/\W/g, '');
  const channel = `orders_${tenant}`;
  const client = await pool.connect();

  const onNotification = (msg) => {
    if (msg.channel === channel) socket.emit('order', JSON.parse(msg.payload));
  };
  client.on('notification', onNotification);

  socket.on('disconnect', () => {
    client.off('notification', onNotification);
    client
      .query(`UNLISTEN ${channel}`)
      .catch((err) => console.error('unlisten failed', err))
      .finally(() => client.release());
  });

  if (!socket.connected) return;
  await client.query(`LISTEN ${channel}`);
});

server.listen(process.env.PORT || 3000);
