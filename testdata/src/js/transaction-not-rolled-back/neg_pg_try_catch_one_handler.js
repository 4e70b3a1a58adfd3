// transaction-not-rolled-back, negative: exception "BEGIN and COMMIT/ROLLBACK in the same handler":
// the pg transaction is begun, committed, or rolled back in catch, all inside the 'order:place'
// handler, and the client is released in finally.
const http = require('http');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  const customer = socket.handshake.auth.customerId;

  socket.on('order:place', async (items, ack) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [order] } = await client.query(
        'INSERT INTO orders (customer_id) VALUES ($1) RETURNING id',
        [customer],
      );
      for (const { sku, qty } of items) {
        await client.query('INSERT INTO order_items (order_id, sku, qty) VALUES ($1, $2, $3)', [order.id, sku, qty]);
        await client.query('UPDATE stock SET qty = qty - $1 WHERE sku = $2', [qty, sku]);
      }
      await client.query('COMMIT');
      ack({ ok: true, orderId: order.id });
    } catch (err) {
      await client.query('ROLLBACK');
      ack({ ok: false, error: err.message });
    } finally {
      client.release();
    }
  });
});

server.listen(3005);
