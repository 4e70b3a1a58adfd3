// Package events is a minimal stub of github.com/zishang520/engine.io/v2/events.
package events

type EventName string

type Listener = func(...any)

type EventEmitter interface {
	On(EventName, ...Listener) error
	Once(EventName, ...Listener) error
	RemoveListener(EventName, Listener) bool
	RemoveAllListeners(EventName) bool
}
