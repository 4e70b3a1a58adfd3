// parse-error, negative: no semicolons (standard style), with a block comment
// between an import and a parenthesised factory; automatic semicolon insertion
// makes it valid even where the grammar's scanner needs a nudge.
import { Server } from 'socket.io'
import { render } from './render.mjs'

/**
 * Chat rooms served next to a small UMD helper.
 */
(function (root, factory) {
  root.chatHelper = factory()
})(globalThis, function () {
  return { render }
})

const io = new Server(3000)
io.on('connection', (socket) => {
  socket.emit('hello', render('welcome'))
})
