// Command leaky is a small chat server on github.com/googollee/go-socket.io
// with a live "who is online" feed and a zishang520/socket.io game lobby. It
// works, and it leaks on every disconnect: run disconnectlint on it.
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
	token string
}

var (
	mu    sync.Mutex
	users = map[string]*user{} // by connection id
)

func chat() *socketio.Server {
	server := socketio.NewServer(nil)
	server.OnConnect("/", func(s socketio.Conn) error {
		mu.Lock()
		users[s.ID()] = &user{conn: s, token: s.RemoteHeader().Get("Authorization")} // never deleted: ghost users, retained tokens
		mu.Unlock()

		presence := time.NewTicker(5 * time.Second) // never stopped
		go func() {                                 // never ends
			for range presence.C {
				mu.Lock()
				n := len(users)
				mu.Unlock()
				s.Emit("online", n)
			}
		}()
		return nil
	})
	server.OnEvent("/", "join", func(s socketio.Conn, room string) {
		s.Join(room) // fine: rooms are left automatically
		server.BroadcastToRoom("/", room, "joined", s.ID())
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		for _, room := range s.Rooms() { // always empty here
			server.BroadcastToRoom("/", room, "left", s.ID())
		}
		log.Println("disconnected:", reason)
	})
	return server
}

func lobby() *socket.Server {
	io := socket.NewServer(nil, nil)
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		io.On("round-start", func(args ...any) { // one more listener on the server per connection
			client.Emit("round-start", args...)
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
