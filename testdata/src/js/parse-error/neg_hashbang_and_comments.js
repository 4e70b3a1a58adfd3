#!/usr/bin/env node
/* parse-error, negative: a hashbang line, JSDoc, and unusual but valid
   spacing must parse. */
"use strict";

/** @type {import('socket.io').Server} */
const io = require("socket.io")(3000);

io.on("connection", function onConnection(socket) {
  socket
    .on("ping", (cb) => cb && cb("pong"))
    .on("disconnect", () => {});
});
