// Package socket is a minimal stub of
// github.com/zishang520/socket.io/servers/socket/v3 v3.0.6.
package socket

import "github.com/zishang520/socket.io/v3/pkg/types"

type (
	Room     string
	SocketId string
)

// StrictEventEmitter mirrors typed-events.go.
type StrictEventEmitter struct {
	types.EventEmitter
}

func (s *StrictEventEmitter) On(ev string, listeners ...types.EventListener) error   { return nil }
func (s *StrictEventEmitter) Once(ev string, listeners ...types.EventListener) error { return nil }
func (s *StrictEventEmitter) Emit(ev string, args ...any)                            {}
func (s *StrictEventEmitter) Listeners(ev string) []types.EventListener              { return nil }

// Namespace mirrors namespace-type.go (a subset).
type Namespace interface {
	On(string, ...types.EventListener) error
	Once(string, ...types.EventListener) error
	Name() string
	Emit(string, ...any) error
	To(...Room) *BroadcastOperator
	EventEmitter() *StrictEventEmitter
}

type BroadcastOperator struct{}

func (b *BroadcastOperator) Emit(ev string, args ...any) error { return nil }

type Server struct {
	*StrictEventEmitter
}

type ServerOptions struct{}

func DefaultServerOptions() *ServerOptions                      { return &ServerOptions{} }
func NewServer(srv any, opts any) *Server                       { return &Server{} }
func (s *Server) Of(name any, fn types.EventListener) Namespace { return nil }
func (s *Server) Sockets() Namespace                            { return nil }
func (s *Server) To(room ...Room) *BroadcastOperator            { return nil }
func (s *Server) Emit(ev string, args ...any) *Server           { return s }
func (s *Server) Close(fn func(error))                          {}

type Handshake struct {
	Query map[string][]string
	Auth  map[string]any
}

type Socket struct {
	*StrictEventEmitter
}

func (s *Socket) Id() SocketId                               { return "" }
func (s *Socket) SetData(data any)                           {}
func (s *Socket) Data() any                                  { return nil }
func (s *Socket) Connected() bool                            { return true }
func (s *Socket) Recovered() bool                            { return false }
func (s *Socket) Disconnected() bool                         { return false }
func (s *Socket) Nsp() Namespace                             { return nil }
func (s *Socket) Handshake() *Handshake                      { return nil }
func (s *Socket) Emit(ev string, args ...any) error          { return nil }
func (s *Socket) Join(rooms ...Room)                         {}
func (s *Socket) Leave(room Room)                            {}
func (s *Socket) Rooms() *types.Set[Room]                    { return nil }
func (s *Socket) To(room ...Room) *BroadcastOperator         { return nil }
func (s *Socket) Disconnect(status bool) *Socket             { return s }
func (s *Socket) OnAny(listener types.EventListener) *Socket { return s }
