// Package types is a minimal stub of github.com/zishang520/socket.io/v3/pkg/types.
package types

type EventName string

type EventListener = func(...any)

type EventEmitter interface {
	On(EventName, ...EventListener) error
	Once(EventName, ...EventListener) error
	Emit(EventName, ...any)
	RemoveListener(EventName, EventListener) bool
	RemoveAllListeners(EventName) bool
	ListenerCount(EventName) int
}

type Void struct{}

type Set[K comparable] struct{ m map[K]Void }

func NewSet[K comparable](keys ...K) *Set[K] { return &Set[K]{m: map[K]Void{}} }
func (s *Set[K]) Keys() []K                  { return nil }
func (s *Set[K]) Has(k K) bool               { return false }
func (s *Set[K]) Len() int                   { return 0 }

type HttpServer struct{}

func NewWebServer(h any) *HttpServer                            { return &HttpServer{} }
func (s *HttpServer) Listen(addr string, fn func()) *HttpServer { return s }
