// listener-not-removed, positive: an admin dashboard socket subscribes to io.engine
// 'connection_error' with a named listener, but the disconnect handler removes it from `io`
// instead of `io.engine` (removal on the wrong emitter).
import { createServer, IncomingMessage } from "http";
import { Server, Socket } from "socket.io";

interface EngineError { req: IncomingMessage; code: number; message: string; context: unknown }

const httpServer = createServer();
const io = new Server(httpServer, { transports: ["websocket", "polling"] });

const monitors = io.of("/monitor");

monitors.on("connection", (socket: Socket) => {
  const onEngineError = (err: EngineError): void => {
    socket.emit("engine-error", {
      code: err.code,
      message: err.message,
      ip: err.req.socket.remoteAddress,
    });
  };

  io.engine.on("connection_error", onEngineError); // want "listener for .connection_error. added to io.engine"

  socket.on("clients", (ack: (n: number) => void) => ack(io.engine.clientsCount));

  socket.on("disconnect", () => {
    io.off("connection_error", onEngineError);
  });
});

httpServer.listen(9200);
