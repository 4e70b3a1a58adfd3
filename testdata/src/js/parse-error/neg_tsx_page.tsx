// parse-error, negative: TSX with generics in arrow functions (which need
// the trailing comma) and typed props.
import { Server } from "socket.io";
import { renderToString } from "react-dom/server";

type Props<T> = { rows: T[]; render: (row: T) => JSX.Element };

const Table = <T,>({ rows, render }: Props<T>) => <table><tbody>{rows.map(render)}</tbody></table>;

const io = new Server(3000);

io.on("connection", (socket) => {
  const html = renderToString(<Table rows={[1, 2]} render={(n) => <tr key={n}><td>{n}</td></tr>} />);
  socket.emit("table", html);
});
