// resource-not-released, positive: mysql2. The report builder keeps one pool connection per socket
// so that its session variables and temporary tables survive between 'report:*' events. Nothing
// releases it on disconnect; the pool (connectionLimit 5) is exhausted after five closed tabs.
const http = require('http');
const mysql = require('mysql2/promise');
const { Server } = require('socket.io');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: 'reports',
  database: 'warehouse',
  connectionLimit: 5,
});
const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  let conn = null;

  socket.on('report:open', async ({ from, to }) => {
    conn = await pool.getConnection(); // want "getConnection.*never released"
    await conn.query('SET SESSION time_zone = ?', [socket.handshake.auth.tz || '+00:00']);
    await conn.query(
      'CREATE TEMPORARY TABLE sel AS SELECT * FROM sales WHERE sold_at BETWEEN ? AND ?',
      [from, to],
    );
    socket.emit('report:ready');
  });

  socket.on('report:group', async (column) => {
    if (!conn) return;
    const [rows] = await conn.query('SELECT ??, SUM(amount) AS total FROM sel GROUP BY ??', [column, column]);
    socket.emit('report:rows', rows);
  });

  socket.on('disconnect', () => {
    console.log('report builder closed', socket.id);
  });
});

server.listen(3500);
