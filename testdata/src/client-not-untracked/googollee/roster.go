package googollee

import (
	"log"

	socketio "github.com/googollee/go-socket.io"

	"client-not-untracked/registry"
)

// LeakyRoster tracks clients through a registry in another package and
// never removes them.
func LeakyRoster(server *socketio.Server, reg *registry.Registry) {
	server.OnConnect("/roster", func(s socketio.Conn) error {
		reg.Add(s.ID(), "anon")   // want `an entry keyed by the connection id is added to field registry.Registry.users, which outlives the socket, and never removed on disconnect: no delete`
		registry.Remember(s.ID()) // want `an entry keyed by the connection id is added to package-level variable registry.Online.*no Delete`
		return nil
	})
	server.OnDisconnect("/roster", func(s socketio.Conn, reason string) {
		log.Println("left the roster", s.ID())
	})
}
