// Package socket is a minimal stub of github.com/zishang520/socket.io/v2/socket v2.5.0.
package socket

import (
	"github.com/zishang520/engine.io/v2/events"
	"github.com/zishang520/engine.io/v2/types"
)

type (
	Room     string
	SocketId string
)

type StrictEventEmitter struct {
	events.EventEmitter
}

func (s *StrictEventEmitter) On(ev string, listeners ...events.Listener) error   { return nil }
func (s *StrictEventEmitter) Once(ev string, listeners ...events.Listener) error { return nil }

type Namespace interface {
	On(string, ...events.Listener) error
	Once(string, ...events.Listener) error
	Name() string
}

type Server struct {
	*StrictEventEmitter
}

func NewServer(srv any, opts any) *Server                   { return &Server{} }
func (s *Server) Of(name any, fn events.Listener) Namespace { return nil }
func (s *Server) Sockets() Namespace                        { return nil }

type Socket struct {
	*StrictEventEmitter
}

func (s *Socket) Id() SocketId                      { return "" }
func (s *Socket) SetData(data any)                  {}
func (s *Socket) Data() any                         { return nil }
func (s *Socket) Connected() bool                   { return true }
func (s *Socket) Emit(ev string, args ...any) error { return nil }
func (s *Socket) Join(rooms ...Room)                {}
func (s *Socket) Rooms() *types.Set[Room]           { return nil }
