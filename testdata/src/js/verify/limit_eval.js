// verify sandbox limit: eval of a string the client sends (and that the analysis never saw).
// eval stops the scope; nothing it names runs.
const { Server } = require('socket.io');
const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('calc', (expr) => {
    const code = 'require("child_process").execSync("touch /tmp/disconnectlint-verify-escape-eval")';
    socket.emit('result', eval(code + expr));
  });
});
