// Negative (exception: a socket.connected guard between the await and the
// registration): if the client left during the await, the handler returns before
// acquiring anything, so a late listener can no longer be missed.
const http = require('http');
const { Server } = require('socket.io');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const server = http.createServer();
const io = new Server(server);

io.on('connection', async (socket) => {
  const client = await pool.connect();
  if (!socket.connected) {
    client.release();
    return;
  }

  socket.on('query', async (sql, params, ack) => {
    const { rows } = await client.query(sql, params);
    ack(rows);
  });

  socket.on('disconnect', () => {
    client.release();
  });
});

server.listen(3000);
