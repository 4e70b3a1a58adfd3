// timer-not-cleared, negative: a per-connection game loop. The disconnect path only
// flags the player as gone; the interval's own tick sees the flag and calls endGame(),
// which clears the interval. The release happens one tick later, through a method.
const { Server } = require('socket.io');

const io = new Server(3000);

class Match {
  constructor(socket) {
    this.socket = socket;
    this.left = false;
    this.frames = 0;
    this.loop = setInterval(() => this.tick(), 1000 / 30);
  }

  leave() {
    this.left = true;
  }

  tick() {
    if (this.left) {
      this.endGame();
      return;
    }
    this.frames += 1;
    this.socket.emit('frame', this.frames);
  }

  endGame() {
    clearInterval(this.loop);
    this.loop = null;
  }
}

io.on('connection', (socket) => {
  const match = new Match(socket);
  socket.on('disconnect', () => match.leave());
});
