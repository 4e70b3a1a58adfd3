package verify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSweep loads every JS fixture of every rule: none may crash the
// sandbox, fail in the prelude, or be mangled by the transform.
func TestSweep(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "src", "js", "*", "*"))
	notes := map[string]int{}
	slow := time.Duration(0)
	slowest := ""
	for _, p := range files {
		if strings.Contains(p, string(filepath.Separator)+"verify"+string(filepath.Separator)) {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		r := File(p, src, Options{Clients: 2, Budget: 3 * time.Second})
		if r.Duration > slow {
			slow, slowest = r.Duration, p
		}
		n := fileNote(r)
		if strings.Contains(n, "internal error") || strings.Contains(n, "sandbox prelude") || strings.Contains(n, "cannot run this file") {
			t.Errorf("%s: %s", p, n)
		}
		if n != "" {
			key := n
			if i := strings.Index(key, " at line"); i > 0 {
				key = key[:i]
			}
			notes[key]++
		}
	}
	t.Logf("%d files; slowest %v (%s)", len(files), slow, slowest)
	for k, v := range notes {
		t.Logf("  x%d %s", v, k)
	}
}
