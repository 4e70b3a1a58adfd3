package analyzers_test

import (
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/rules"
)

func TestSuiteValidates(t *testing.T) {
	if err := analysis.Validate(analyzers.Suite); err != nil {
		t.Fatal(err)
	}
}

// TestSuiteMatchesCatalogue checks names, docs, URLs and order against the
// catalogue, and that every rule in the suite is marked implemented for Go.
func TestSuiteMatchesCatalogue(t *testing.T) {
	byName := map[string]int{}
	for i, r := range rules.All() {
		byName[r.AnalyzerName()] = i
	}
	last := -1
	for _, a := range analyzers.Suite {
		i, ok := byName[a.Name]
		if !ok {
			t.Errorf("analyzer %s is not a catalogue rule", a.Name)
			continue
		}
		r := rules.All()[i]
		if i < last {
			t.Errorf("analyzer %s is out of catalogue order", a.Name)
		}
		last = i
		if !r.Has(rules.Go) {
			t.Errorf("rule %s is not defined for Go", r.ID)
		}
		if !r.IsImplemented(rules.Go) {
			t.Errorf("rule %s is in the suite but not marked Implemented for Go", r.ID)
		}
		if a.URL != r.DocURL() {
			t.Errorf("%s: URL %q, want %q", a.Name, a.URL, r.DocURL())
		}
		if !strings.HasPrefix(a.Doc, r.Title+"\n\n") {
			t.Errorf("%s: Doc does not start with the catalogue title", a.Name)
		}
	}
}

// TestNoTreeSitter keeps the Go suite cgo-free for the golangci-lint plugin.
func TestNoTreeSitter(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/disconnectlint/disconnectlint/analyzers/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "tree-sitter") || strings.HasSuffix(line, "/jsparse") {
			t.Errorf("analyzers depend on %s", line)
		}
	}
}
