// untrusted-cleanup-key, negative (exception: socket.user is attached by the server-side
// session middleware from the signed express-session cookie, not by the client).
import express from "express";
import session from "express-session";
import { createServer } from "node:http";
import { Server } from "socket.io";

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const sessionMiddleware = session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false });

app.use(sessionMiddleware);
io.engine.use(sessionMiddleware);

io.use((socket, next) => {
  const user = socket.request.session?.user;
  if (!user) return next(new Error("not logged in"));
  socket.user = user;
  next();
});

const connections = {}; // user id -> socket id

io.on("connection", (socket) => {
  connections[socket.user.id] = socket.id;

  socket.on("disconnect", () => {
    delete connections[socket.user.id];
  });
});

httpServer.listen(3001);
