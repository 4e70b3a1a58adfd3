// resource-not-released, negative: exception "released in a same-file helper called from the
// disconnect handler" with the resource passed in: releaseListener(client) UNLISTENs and destroys
// the pooled client with client.release(true) (a LISTENing connection should not go back as is).
const http = require('http');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const server = http.createServer();
const io = new Server(server);

async function releaseListener(client, channel) {
  try {
    await client.query(`UNLISTEN ${channel}`);
  } finally {
    client.release(true);
  }
}

io.on('connection', async (socket) => {
  const channel = `board_${Number(socket.handshake.query.board)}`;
  const client = await pool.connect();

  socket.on('disconnect', () => {
    releaseListener(client, channel).catch((err) => console.error(err));
  });

  client.on('notification', (n) => socket.emit('board-update', JSON.parse(n.payload)));
  await client.query(`LISTEN ${channel}`);
});

server.listen(3012);
