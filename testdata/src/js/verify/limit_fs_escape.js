// verify sandbox limit: the code reads /etc/passwd and writes and spawns while loading and in a
// handler. The sandbox answers with mocks: nothing is read, written or run.
const fs = require('fs');
const { execSync } = require('child_process');
const { Server } = require('socket.io');

const passwd = fs.readFileSync('/etc/passwd', 'utf8');
if (typeof passwd === 'string' && passwd.includes('root:')) {
  throw new Error('escaped: read ' + passwd.slice(0, 30));
}
fs.writeFileSync('/tmp/disconnectlint-verify-escape-load', 'written at load');
execSync('touch /tmp/disconnectlint-verify-escape-exec');

const io = new Server(3000);
io.on('connection', (socket) => {
  socket.on('save', (name) => {
    fs.writeFileSync('/tmp/disconnectlint-verify-escape-handler', String(name));
    fs.appendFileSync('/tmp/disconnectlint-verify-escape-handler', 'more');
  });
  setInterval(() => socket.emit('tick', passwd.length), 1000); // leaks: still verified
});
