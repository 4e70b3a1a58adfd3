// Package zishang holds rooms-read-after-disconnect cases for zishang520.
package zishang

import (
	"log"

	"github.com/zishang520/socket.io/servers/socket/v3"
	v2 "github.com/zishang520/socket.io/v2/socket"
)

type tracker struct{ client *socket.Socket }

func (t *tracker) onDisconnect(...any) {
	for _, room := range t.client.Rooms().Keys() { // want `t.client.Rooms\(\) is always empty in a 'disconnect' handler`
		log.Println("left", room)
	}
}

// Leaky reads rooms in "disconnect".
func Leaky(io *socket.Server, old *v2.Server) {
	io.On("connection", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		client.On("disconnect", func(...any) {
			for _, room := range client.Rooms().Keys() { // want `client.Rooms\(\) is always empty in a 'disconnect' handler: the socket has already left its rooms; read it in a 'disconnecting' handler instead`
				io.To(room).Emit("user-left", client.Id())
			}
		})
	})
	io.Of("/track", func(clients ...any) {
		t := &tracker{client: clients[0].(*socket.Socket)}
		t.client.Once("disconnect", t.onDisconnect)
	})
	old.On("connection", func(clients ...any) {
		client := clients[0].(*v2.Socket)
		client.On("disconnect", func(...any) {
			log.Println(client.Rooms().Len()) // want `client.Rooms\(\) is always empty`
		})
	})
}

// Fixed reads rooms in "disconnecting", and in ordinary events.
func Fixed(io *socket.Server) {
	io.Of("/ok", func(clients ...any) {
		client := clients[0].(*socket.Socket)
		client.On("disconnecting", func(...any) {
			for _, room := range client.Rooms().Keys() {
				io.To(room).Emit("user-left", client.Id())
			}
		})
		client.On("whereami", func(...any) {
			client.Emit("rooms", client.Rooms().Keys())
		})
		client.On("disconnect", func(...any) { log.Println("bye", client.Id()) })
	})
}
