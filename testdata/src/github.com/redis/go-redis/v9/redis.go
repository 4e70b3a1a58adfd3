// Package redis is a minimal stub of github.com/redis/go-redis/v9.
package redis

import "context"

type Options struct{ Addr string }

type Client struct{}

func NewClient(opt *Options) *Client { return &Client{} }

func (c *Client) Subscribe(ctx context.Context, channels ...string) *PubSub  { return &PubSub{} }
func (c *Client) PSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }
func (c *Client) SSubscribe(ctx context.Context, channels ...string) *PubSub { return &PubSub{} }
func (c *Client) Publish(ctx context.Context, channel string, message any) error {
	return nil
}

type Message struct {
	Channel string
	Payload string
}

type PubSub struct{}

func (p *PubSub) Channel() <-chan *Message                            { return nil }
func (p *PubSub) Close() error                                        { return nil }
func (p *PubSub) Unsubscribe(ctx context.Context, ch ...string) error { return nil }
