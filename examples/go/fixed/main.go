// Command fixed is the leaky example with every per-connection resource
// released on the disconnect path.
package main

import (
	"log"
	"net/http"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
	"github.com/zishang520/socket.io/servers/socket/v3"
)

type user struct {
	conn  socketio.Conn
	name  string
	rooms map[string]bool // tracked by hand: googollee has no "disconnecting"
	done  chan struct{}
}

var (
	mu    sync.Mutex
	users = map[string]*user{} // by connection id
)

func chat() *socketio.Server {
	server := socketio.NewServer(nil)
	server.OnConnect("/", func(s socketio.Conn) error {
		u := &user{conn: s, rooms: map[string]bool{}, done: make(chan struct{})}
		s.SetContext(u)
		mu.Lock()
		users[s.ID()] = u
		mu.Unlock()

		go func() {
			presence := time.NewTicker(5 * time.Second)
			defer presence.Stop()
			for {
				select {
				case <-u.done:
					return
				case <-presence.C:
					mu.Lock()
					n := len(users)
					mu.Unlock()
					s.Emit("online", n)
				}
			}
		}()
		return nil
	})
	server.OnEvent("/", "join", func(s socketio.Conn, room string) {
		s.Join(room)
		s.Context().(*user).rooms[room] = true
		server.BroadcastToRoom("/", room, "joined", s.ID())
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(users, s.ID())
		mu.Unlock()
		if u, ok := s.Context().(*user); ok {
			close(u.done)
			for room := range u.rooms {
				server.BroadcastToRoom("/", room, "left", s.ID())
			}
		}
		log.Println("disconnected:", reason)
	})
	return server
}

func lobby() *socket.Server {
	io := socket.NewServer(nil, nil)
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		onRound := func(args ...any) { client.Emit("round-start", args...) }
		io.On("round-start", onRound)
		client.On("disconnect", func(...any) {
			io.RemoveListener("round-start", onRound)
		})
	})
	return io
}

func main() {
	server := chat()
	go server.Serve()
	defer server.Close()
	http.Handle("/socket.io/", server)
	http.Handle("/lobby/", lobby().ServeHandler(nil))
	log.Fatal(http.ListenAndServe(":8000", nil))
}
