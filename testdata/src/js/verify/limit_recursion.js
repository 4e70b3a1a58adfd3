// verify sandbox limit: unbounded recursion while the module loads. goja's call-stack cap turns it
// into a RangeError, which ends the file's verification with a note.
const { Server } = require('socket.io');
const io = new Server(3000);

function depth(n) {
  return depth(n + 1) + 1;
}
const max = depth(0);

io.on('connection', (socket) => {
  socket.emit('depth', max);
});
