// Package suggest finds the closest known name to a mistyped one, for
// "did you mean" hints in configuration and directive errors.
package suggest

import (
	"sort"
	"strings"
)

// Closest returns the candidate nearest to s by edit distance (case and
// '_' versus '-' ignored), or, failing that, the only candidate s is a
// prefix of; "" when nothing is close enough to be a helpful hint.
func Closest(s string, candidates []string) string {
	norm := strings.ReplaceAll(strings.ToLower(s), "_", "-")
	best, bestD := "", 1<<30
	for _, c := range candidates {
		d := Distance(norm, c)
		if d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(2, len(s)/3) {
		return best
	}
	// A prefix such as "timer" still points at one name.
	var pre []string
	for _, c := range candidates {
		if len(norm) >= 3 && strings.HasPrefix(c, norm) {
			pre = append(pre, c)
		}
	}
	sort.Strings(pre)
	if len(pre) == 1 {
		return pre[0]
	}
	return ""
}

// Distance is the Levenshtein distance between a and b, in bytes.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
