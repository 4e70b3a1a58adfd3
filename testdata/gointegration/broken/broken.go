// Package broken does not type-check: the driver must report it as an
// error and still analyse the other packages.
package broken

import socketio "github.com/googollee/go-socket.io"

func Bad(server *socketio.Server) int {
	return server.NoSuchMethod()
}
