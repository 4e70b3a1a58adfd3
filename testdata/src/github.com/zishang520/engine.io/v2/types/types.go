// Package types is a minimal stub of github.com/zishang520/engine.io/v2/types.
package types

type Set[K comparable] struct{ m map[K]struct{} }

func (s *Set[K]) Keys() []K { return nil }
func (s *Set[K]) Len() int  { return 0 }
