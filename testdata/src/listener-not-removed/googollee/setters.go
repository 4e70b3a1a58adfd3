// Package googollee: handlers are setters in go-socket.io, one per
// namespace and event, so registering inside OnConnect does not pile up.
package googollee

import socketio "github.com/googollee/go-socket.io"

// Register re-registers an event handler per connection: replaced, not
// accumulated, so listener-not-removed does not apply.
func Register(server *socketio.Server) {
	server.OnConnect("/", func(s socketio.Conn) error {
		server.OnEvent("/", "ping", func(c socketio.Conn) string { return "pong" })
		return nil
	})
}
