package leaky

import (
	"context"
	"time"

	"github.com/zishang520/socket.io/servers/socket/v3"
)

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
		ctx, cancel := context.WithCancel(context.Background()) // leak:context-not-cancelled
		client.On("pause", func(...any) { cancel() })
		go stream(ctx, client)                   // leak:goroutine-not-stopped
		io.On("round-start", func(args ...any) { // leak:listener-not-removed
			client.Emit("round-start", args...)
		})
		client.On("disconnect", func(reason ...any) {
			for _, room := range client.Rooms().Keys() { // leak:rooms-read-after-disconnect
				io.To(room).Emit("player-left", client.Id())
			}
		})
	})
	return io
}
