package jsrules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/testroot"
	"github.com/disconnectlint/disconnectlint/jsrules"
	"github.com/disconnectlint/disconnectlint/jsrules/jstest"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

// TestGolden runs each JS rule on its fixture directory with only that rule
// enabled, and checks the counts the catalogue promises: at least six
// positive and six negative fixture files per implemented rule.
func TestGolden(t *testing.T) {
	root := filepath.Join(testroot.Testdata(t), "js")
	for _, r := range rules.All() {
		if !r.IsImplemented(rules.JS) {
			continue
		}
		if !jsrules.Implemented(r.ID) {
			// Directive problems are found by the CLI's suppression
			// pass, over both engines; cmd/disconnectlint tests them.
			if r.ID != "invalid-ignore" && r.ID != "unused-ignore" {
				t.Errorf("the catalogue says the JS engine implements %s, but jsrules has no such rule", r.ID)
			}
			continue
		}
		r := r
		t.Run(r.ID, func(t *testing.T) {
			dir := filepath.Join(root, r.ID)
			pos, neg := countFixtures(t, dir)
			if pos < 6 || neg < 6 {
				t.Errorf("%s: %d positive and %d negative fixtures, want at least 6 of each", r.ID, pos, neg)
			}
			only := func(id string) bool { return id == r.ID }
			jstest.Run(t, dir, func(path string, src []byte) []report.Finding {
				return jsrules.CheckSource(path, src, only)
			})
		})
	}
}

func countFixtures(t *testing.T, dir string) (pos, neg int) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("fixtures: %v", err)
	}
	for _, e := range ents {
		switch {
		case strings.HasPrefix(e.Name(), "pos_"):
			pos++
		case strings.HasPrefix(e.Name(), "neg_"):
			neg++
		}
	}
	return pos, neg
}
