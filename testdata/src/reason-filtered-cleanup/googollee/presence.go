// Package googollee holds reason-filtered-cleanup cases for go-socket.io,
// whose reason is "client namespace disconnect" for every close and "" for
// a client namespace disconnect.
package googollee

import (
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"
)

var (
	mu     sync.Mutex
	online = map[string]bool{}
)

type hub struct{ unregister chan socketio.Conn }

func (h *hub) leave(s socketio.Conn, reason string) {
	if reason == "client namespace disconnect" { // want `cleanup in the disconnect handler runs only when reason == "client namespace disconnect"`
		h.unregister <- s
	}
}

// Leaky cleans up only for some reasons.
func Leaky(server *socketio.Server, h *hub) {
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		if reason == "client namespace disconnect" { // want `cleanup in the disconnect handler runs only when reason == "client namespace disconnect"; disconnects for other reasons \(transport close, ping timeout, server-initiated\) skip it`
			mu.Lock()
			delete(online, s.ID())
			mu.Unlock()
		}
	})
	server.OnDisconnect("/chat", func(s socketio.Conn, reason string) {
		if reason != "" { // want `runs only when reason != ""`
			return
		}
		mu.Lock()
		delete(online, s.ID())
		mu.Unlock()
	})
	server.OnDisconnect("/hub", h.leave)
}

// Fixed cleans up whatever the reason.
func Fixed(server *socketio.Server) {
	server.OnDisconnect("/ok", func(s socketio.Conn, reason string) {
		if reason != "" {
			log.Println("closed:", reason)
		}
		mu.Lock()
		delete(online, s.ID())
		mu.Unlock()
	})
	server.OnDisconnect("/ok2", func(s socketio.Conn, reason string) {
		mu.Lock()
		defer mu.Unlock()
		if reason == "" {
			delete(online, s.ID())
		} else {
			delete(online, s.ID())
			log.Println(reason)
		}
	})
	server.OnDisconnect("/ok3", func(s socketio.Conn, reason string) {
		if s.Context() != nil {
			mu.Lock()
			delete(online, s.ID())
			mu.Unlock()
		}
		switch reason {
		case "client namespace disconnect":
			log.Println("closed")
		default:
			log.Println("left")
		}
	})
}
