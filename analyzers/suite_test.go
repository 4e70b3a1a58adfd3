package analyzers_test

import (
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers"
	"github.com/disconnectlint/disconnectlint/analyzers/resourcenotreleased"
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

func TestNewSuite(t *testing.T) {
	def, err := analyzers.NewSuite(analyzers.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var want []*analysis.Analyzer
	for _, a := range analyzers.Suite {
		if r, ok := rules.Lookup(strings.ReplaceAll(a.Name, "_", "-")); ok && r.Default {
			want = append(want, a)
		}
	}
	if len(def) != len(want) {
		t.Fatalf("NewSuite(Config{}) has %d analyzers, want the %d default ones", len(def), len(want))
	}
	for i := range def {
		if def[i] != want[i] {
			t.Errorf("analyzer %d is %s, want %s", i, def[i].Name, want[i].Name)
		}
	}

	only, err := analyzers.NewSuite(analyzers.Config{
		Enabled: func(id string) bool { return id == "resource-not-released" || id == "timer-not-cleared" },
		Pairs: []analyzers.Pair{{Name: "lease", Acquire: "(*example.com/lease.Manager).Acquire",
			Release: []string{"(*example.com/lease.Lease).Release"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(only) != 2 || only[0].Name != "timer_not_cleared" || only[1].Name != "resource_not_released" {
		t.Fatalf("NewSuite with Enabled = %v", only)
	}
	if only[1] == resourcenotreleased.Analyzer {
		t.Error("with pairs, resource_not_released is the default analyzer, not one built with the pairs")
	}
	if err := analysis.Validate(only); err != nil {
		t.Error(err)
	}

	_, err = analyzers.NewSuite(analyzers.Config{Pairs: []analyzers.Pair{{Name: "x", Acquire: "example.com/x.Open"}}})
	if err == nil || !strings.Contains(err.Error(), `resource "x" has no release`) {
		t.Errorf("NewSuite with a pair without release: %v", err)
	}
}
