// parse-error, positive: a file cut off in the middle of the connection
// handler (a bad merge, an interrupted save). The first error is reported and
// the run goes on.
const { Server } = require("socket.io");
const io = new Server(3000);

io.on("connection", (socket) => {
  const timer = setInterval(() => socket.emit("tick"), 1000);
  socket.on("disconnect", () => {
    clearInterval(timer); // want "unexpected end of input"
