// resource-not-released, negative: execFile with a timeout ends by itself (socketio-
// semantics.md, child processes), also when the options object is a shared constant.
const { execFile } = require('child_process');
const { Server } = require('socket.io');

const io = new Server(3000);
const EXEC_OPTIONS = { timeout: 5000, maxBuffer: 10 * 1024 * 1024 };

io.on('connection', (socket) => {
  socket.on('processes', (cb) => {
    execFile('pm2', ['jlist'], EXEC_OPTIONS, (err, stdout) => {
      cb(err ? { ok: false } : { ok: true, list: JSON.parse(String(stdout)) });
    });
  });
});
