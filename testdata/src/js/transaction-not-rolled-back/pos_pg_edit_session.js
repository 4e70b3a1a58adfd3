// transaction-not-rolled-back, positive: a record editor. 'edit:start' checks out a pg client and
// runs BEGIN + SELECT ... FOR UPDATE to lock the row; 'edit:save' commits. A client that closes the
// tab mid-edit leaves the transaction open (row lock held, idle in transaction) forever: the
// disconnect handler only logs.
const http = require('http');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  let client = null;
  let recordId = null;

  socket.on('edit:start', async (id, ack) => {
    client = await pool.connect();
    recordId = id;
    await client.query('BEGIN'); // want "transaction begun by.*query"
    const { rows } = await client.query('SELECT * FROM products WHERE id = $1 FOR UPDATE', [id]);
    ack(rows[0]);
  });

  socket.on('edit:save', async (changes, ack) => {
    if (!client) return ack({ error: 'no edit in progress' });
    await client.query('UPDATE products SET name = $1, price = $2 WHERE id = $3', [changes.name, changes.price, recordId]);
    await client.query('COMMIT');
    client.release();
    client = null;
    ack({ ok: true });
  });

  socket.on('disconnect', (reason) => {
    console.log(`editor ${socket.id} left (${reason}) while editing ${recordId}`);
  });
});

server.listen(3000);
