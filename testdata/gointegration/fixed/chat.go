// Package fixed is the same chat and game server with every leak fixed.
package fixed

import (
	"context"
	"log"
	"net/http"
	"sync"
	"time"

	socketio "github.com/googollee/go-socket.io"
	"github.com/zishang520/socket.io/servers/socket/v3"
)

type member struct {
	conn socketio.Conn
	done chan struct{}
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
		m := &member{conn: s, done: make(chan struct{})}
		mu.Lock()
		members[s.ID()] = m
		mu.Unlock()
		s.SetContext(m)
		go func() {
			t := time.NewTicker(10 * time.Second)
			defer t.Stop()
			for {
				select {
				case <-m.done:
					return
				case <-t.C:
					s.Emit("heartbeat")
				}
			}
		}()
		return nil
	})
	server.OnEvent("/", "typing", func(s socketio.Conn) {
		typing.Store(s.ID(), time.Now())
	})
	server.OnDisconnect("", func(s socketio.Conn, reason string) {
		mu.Lock()
		delete(members, s.ID())
		mu.Unlock()
		typing.Delete(s.ID())
		if m, ok := s.Context().(*member); ok {
			close(m.done)
		}
		log.Println("disconnected", reason)
	})
	go server.Serve()
	return server
}

func stream(ctx context.Context, client *socket.Socket) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
			client.Emit("state", 1)
		}
	}
}

// NewGame returns the game server on zishang520/socket.io v3.
func NewGame() *socket.Server {
	io := socket.NewServer(nil, nil)
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ctx, cancel := context.WithCancel(context.Background())
		go stream(ctx, client)
		onRound := func(args ...any) { client.Emit("round-start", args...) }
		io.On("round-start", onRound)
		client.On("disconnecting", func(...any) {
			for _, room := range client.Rooms().Keys() {
				io.To(room).Emit("player-left", client.Id())
			}
		})
		client.On("disconnect", func(...any) {
			cancel()
			io.RemoveListener("round-start", onRound)
		})
	})
	return io
}
