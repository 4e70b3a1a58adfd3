// Package zishang holds resource-not-released cases for zishang520.
package zishang

import (
	"context"
	"database/sql"
	"net"

	"github.com/redis/go-redis/v9"
	"github.com/zishang520/socket.io/servers/socket/v3"
)

// Serve wires the proxy namespaces.
func Serve(io *socket.Server, rdb *redis.Client, db *sql.DB) {
	// LEAK: the upstream connection is used by a listener, never closed.
	io.Of("/proxy", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		up, err := net.Dial("tcp", "upstream:9000") // want `the connection from net.Dial acquired for this socket is never released on disconnect: no Close on the disconnect path \(no disconnect handler`
		if err != nil {
			return
		}
		client.On("send", func(args ...any) { up.Write([]byte(args[0].(string))) })
	})

	// OK: closed in the disconnect listener.
	io.Of("/proxy-ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		up, err := net.Dial("tcp", "upstream:9000")
		if err != nil {
			return
		}
		client.On("send", func(args ...any) { up.Write([]byte(args[0].(string))) })
		client.On("disconnect", func(...any) { up.Close() })
	})

	// OK: the PubSub and the sql.Conn are closed in "disconnecting".
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		ps := rdb.PSubscribe(context.Background(), "news.*")
		c, err := db.Conn(context.Background())
		if err != nil {
			ps.Close()
			return
		}
		client.On("query", func(...any) { c.PingContext(context.Background()) })
		client.On("disconnecting", func(...any) {
			ps.Close()
			c.Close()
		})
		go func() {
			for msg := range ps.Channel() {
				client.Emit("news", msg.Payload)
			}
		}()
	})
}
