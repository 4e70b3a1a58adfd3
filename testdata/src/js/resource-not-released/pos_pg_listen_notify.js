// resource-not-released, positive: each socket checks a client out of the pg pool to LISTEN on its
// tenant's channel. The disconnect handler runs UNLISTEN but never calls client.release(), so every
// disconnect permanently takes one slot of the pool (max 10): the eleventh tenant hangs forever.
const http = require('http');
const express = require('express');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: process.env.WEB_ORIGIN } });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

app.get('/healthz', async (req, res) => {
  const { rows } = await pool.query('SELECT 1 AS ok');
  res.json(rows[0]);
});

io.on('connection', async (socket) => {
  const tenant = String(socket.handshake.auth.tenant || 'public').replace(/\W/g, '');
  const client = await pool.connect(); // want "connect.*never released"

  client.on('notification', (msg) => {
    if (msg.channel === `orders_${tenant}`) {
      socket.emit('order', JSON.parse(msg.payload));
    }
  });
  await client.query(`LISTEN orders_${tenant}`);

  socket.on('ack', async (orderId) => {
    await pool.query('UPDATE orders SET seen_at = now() WHERE id = $1', [orderId]);
  });

  socket.on('disconnect', async () => {
    await client.query(`UNLISTEN orders_${tenant}`);
    console.log(`tenant ${tenant} dashboard closed (${socket.id})`);
  });
});

server.listen(process.env.PORT || 3000);
