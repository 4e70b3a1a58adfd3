// Package leaky is a chat and price-feed server on the real
// github.com/googollee/go-socket.io v1.7.0 with the usual leaks.
package leaky

import (
	"log"
	"net/http"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
)

type member struct {
	conn socketio.Conn
	name string
}

var (
	mu      sync.Mutex
	members = map[string]*member{}
	typing  sync.Map
)

// NewChat returns the chat server.
func NewChat() http.Handler {
	server := socketio.NewServer(nil)
	server.OnConnect("/", func(s socketio.Conn) error {
		mu.Lock()
		members[s.ID()] = &member{conn: s} // leak:client-not-untracked
		mu.Unlock()
		t := time.NewTicker(10 * time.Second) // leak:timer-not-cleared
		go func() {                           // leak:goroutine-not-stopped
			for range t.C {
				s.Emit("heartbeat")
			}
		}()
		return nil
	})
	server.OnEvent("/", "typing", func(s socketio.Conn) {
		typing.Store(s.ID(), time.Now()) // leak:client-not-untracked
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		for _, room := range s.Rooms() { // leak:rooms-read-after-disconnect
			server.BroadcastToRoom("/", room, "left", s.ID())
		}
		log.Println("disconnected", reason)
	})
	go server.Serve()
	return server
}
