// Package nats is a minimal stub of github.com/nats-io/nats.go.
package nats

type Msg struct {
	Subject string
	Data    []byte
}

type MsgHandler func(msg *Msg)

type Conn struct{}

func Connect(url string) (*Conn, error) { return &Conn{}, nil }

func (c *Conn) Subscribe(subj string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{}, nil
}
func (c *Conn) ChanSubscribe(subj string, ch chan *Msg) (*Subscription, error) {
	return &Subscription{}, nil
}
func (c *Conn) QueueSubscribe(subj, queue string, cb MsgHandler) (*Subscription, error) {
	return &Subscription{}, nil
}

type Subscription struct{}

func (s *Subscription) Unsubscribe() error { return nil }
func (s *Subscription) Drain() error       { return nil }
