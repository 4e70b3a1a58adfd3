// Package googollee holds rooms-read-after-disconnect cases for go-socket.io.
package googollee

import (
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"
)

var (
	mu      sync.Mutex
	members = map[string]int{}
)

func leaveAll(s socketio.Conn) {
	for _, room := range s.Rooms() { // want `s.Rooms\(\) is always empty in OnDisconnect`
		members[room]--
	}
}

// Leaky reads rooms where they are already gone.
func Leaky(server *socketio.Server) {
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		for _, room := range s.Rooms() { // want `s.Rooms\(\) is always empty in OnDisconnect: the connection has already left its rooms`
			members[room]--
		}
	})
	server.OnDisconnect("/chat", func(c socketio.Conn, reason string) {
		leaveAll(c)
	})
	server.OnDisconnect("/lobby", func(conn socketio.Conn, reason string) {
		log.Println("rooms at exit", len(conn.Rooms())) // want `conn.Rooms\(\) is always empty in OnDisconnect`
	})
}

// Fixed tracks rooms itself and reads them where they still exist.
func Fixed(server *socketio.Server) {
	server.OnEvent("/game", "join", func(s socketio.Conn, room string) {
		s.Join(room)
		log.Println("now in", s.Rooms())
	})
	server.OnError("/game", func(s socketio.Conn, err error) {
		if s != nil {
			log.Println("error in rooms", s.Rooms(), err)
		}
	})
	server.OnDisconnect("/game", func(s socketio.Conn, reason string) {
		// The namespace's rooms, not the connection's: fine.
		log.Println("rooms left in /game:", server.Rooms("/game"))
	})
	// The first handler is replaced by the second and never runs.
	server.OnDisconnect("/arena", func(s socketio.Conn, reason string) {
		log.Println(s.Rooms())
	})
	server.OnDisconnect("/arena", func(s socketio.Conn, reason string) {
		log.Println("left arena", s.ID())
	})
}
