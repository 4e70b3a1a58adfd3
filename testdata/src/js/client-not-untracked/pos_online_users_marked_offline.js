// Positive: onlineUsers.push({ id: socket.id, name }) is never spliced; the disconnect
// handler only marks the entry offline, so the array grows with every connection.
const http = require('http');
const socketio = require('socket.io');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(onlineUsers.filter((u) => u.online)));
});
const io = socketio(server, { pingTimeout: 10000 });

const onlineUsers = [];

io.on('connection', (socket) => {
  socket.on('hello', ({ name }) => {
    onlineUsers.push({ id: socket.id, name, online: true }); // want "added to onlineUsers"
    io.emit('online', onlineUsers.filter((u) => u.online).map((u) => u.name));
  });

  socket.on('message', (text) => {
    const me = onlineUsers.find((u) => u.id === socket.id);
    if (!me) return;
    io.emit('message', { from: me.name, text });
  });

  socket.on('disconnect', (reason) => {
    const me = onlineUsers.find((u) => u.id === socket.id);
    if (me) me.online = false;
    console.log('user left', socket.id, reason);
    io.emit('online', onlineUsers.filter((u) => u.online).map((u) => u.name));
  });
});

server.listen(8080);
