// resource-not-released, positive: a browser terminal. Each socket gets its own bash spawned in a
// same-file helper called from the connection handler, and there is no disconnect handler at all:
// closing the tab leaves the shell (and everything it started) running.
import { createServer } from "http";
import { spawn, ChildProcessWithoutNullStreams } from "child_process";
import { Server, Socket } from "socket.io";

interface TermSize { cols: number; rows: number }

const httpServer = createServer();
const io = new Server(httpServer, { path: "/term" });

function startShell(socket: Socket, cwd: string): ChildProcessWithoutNullStreams {
  const shell = spawn("bash", ["-i"], { // want "spawn.*never released"
    cwd,
    env: { ...process.env, TERM: "xterm-256color" },
  });
  shell.stdout.on("data", (d: Buffer) => socket.emit("output", d.toString("utf8")));
  shell.stderr.on("data", (d: Buffer) => socket.emit("output", d.toString("utf8")));
  shell.on("exit", (code) => socket.emit("exit", code));
  return shell;
}

io.on("connection", (socket: Socket) => {
  const workspace = `/srv/workspaces/${socket.handshake.auth.user}`;
  const shell = startShell(socket, workspace);

  socket.on("input", (data: string) => {
    shell.stdin.write(data);
  });

  socket.on("resize", ({ cols, rows }: TermSize) => {
    shell.stdin.write(`stty cols ${cols} rows ${rows}\n`);
  });
});

httpServer.listen(7681);
