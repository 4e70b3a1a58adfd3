// resource-not-released, positive: a CI console. Each socket gets a forked preview renderer, which
// is killed on disconnect (no finding), and 'run-tests' launches `npm test` with exec and no
// timeout: a client that leaves mid-run leaves the test process running (only kill() or a timeout
// option would bound it).
const http = require('http');
const path = require('path');
const { exec, fork } = require('child_process');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const REPOS = '/srv/repos';

io.on('connection', (socket) => {
  const repo = path.join(REPOS, path.basename(String(socket.handshake.query.repo)));
  const renderer = fork(path.join(__dirname, 'preview-renderer.js'), [repo]);
  renderer.on('message', (html) => socket.emit('preview', html));

  socket.on('render', (file) => renderer.send({ file }));

  socket.on('run-tests', () => {
    socket.emit('tests:started');
    exec('npm test -- --reporter=json', { cwd: repo, maxBuffer: 10 * 1024 * 1024 }, (err, stdout) => { // want "exec.*never released"
      socket.emit('tests:done', { ok: !err, report: stdout });
    });
  });

  socket.on('disconnect', () => {
    renderer.kill();
  });
});

server.listen(3900);
