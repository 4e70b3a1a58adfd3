// parse-error, negative: JSX in a .jsx file served next to the socket
// server (server-side rendering).
const { Server } = require("socket.io");
const { renderToString } = require("react-dom/server");

const io = new Server(3000);

function Board({ players }) {
  return (
    <ul className="board">
      {players.map((p) => <li key={p.id}>{p.name}</li>)}
    </ul>
  );
}

io.on("connection", (socket) => {
  socket.emit("board", renderToString(<Board players={[]} />));
});
