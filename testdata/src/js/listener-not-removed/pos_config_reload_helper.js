// listener-not-removed, positive: listeners on module-level emitters (the http server and a config
// watcher) added in the connection handler and in a same-file helper it calls. The server 'close'
// listener is removed only in socket.conn.on('close'), not on the disconnect path; the config
// listener (addListener in the helper) is never removed.
const http = require('http');
const EventEmitter = require('events');
const { Server } = require('socket.io');

const config = new EventEmitter();
let current = { theme: 'dark', features: ['chat'] };

const httpServer = http.createServer();
const io = new Server(httpServer);

function watchConfig(socket) {
  socket.emit('config', current);
  config.addListener('reload', (next) => socket.emit('config', next)); // want "listener for .reload. added to config"
}

io.on('connection', (socket) => {
  watchConfig(socket);

  const onServerClose = () => socket.emit('server-closing');
  httpServer.on('close', onServerClose); // want "listener for .close. added to httpServer"

  socket.conn.on('close', () => {
    httpServer.off('close', onServerClose);
  });

  socket.on('disconnect', () => console.log('client left', socket.id));
});

process.on('SIGHUP', () => {
  current = { ...current, reloadedAt: Date.now() };
  config.emit('reload', current);
});

httpServer.listen(3007);
