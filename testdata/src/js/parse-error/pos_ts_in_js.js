// parse-error, positive: TypeScript annotations in a .js file, which the
// JavaScript grammar (rightly) rejects.
const { Server } = require("socket.io");
const io = new Server(3000);

interface Player { id: string; score: number } // want "does not parse"

io.on("connection", (socket) => {
  socket.emit("hello");
});
