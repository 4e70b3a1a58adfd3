package sockscope_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/testroot"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// TestFacts checks the release summaries exported for other packages.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testroot.Dir(t), sockscope.Analyzer, "sockscope/helpers")
}

// show reports what the model found, so the fixture can assert it.
var show = &analysis.Analyzer{
	Name:     "showscopes",
	Doc:      "report the socket scopes sockscope finds",
	Requires: []*analysis.Analyzer{sockscope.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[sockscope.Analyzer].(*sockscope.Model)
		for _, sc := range m.Scopes {
			if sc.Connect != nil {
				pass.Reportf(sc.Connect.Pos, "scope %s %s disconnects=%d releases=%d", sc.Lib, sc.Namespace, len(sc.Disconnects), len(sc.Releases))
			}
			for _, d := range sc.Disconnects {
				pass.Reportf(d.Pos, "effective disconnect for %s", sc.Namespace)
			}
		}
		return nil, nil
	},
}

// TestScopes checks scope discovery: method values, "" == "/", last
// OnDisconnect wins, OnError is not the path, cross-package releases
// through facts, zishang520 disconnect and disconnecting listeners.
func TestScopes(t *testing.T) {
	results := analysistest.Run(t, testroot.Dir(t), show, "sockscope/app")
	for _, r := range results {
		if r.Err != nil {
			t.Error(fmt.Sprint(r.Err))
		}
	}
}

// TestSummaryGob checks that facts survive serialisation, as golangci-lint
// and go vet drivers require.
func TestSummaryGob(t *testing.T) {
	in := &sockscope.Summary{Releases: []sockscope.FactRelease{
		{Op: sockscope.OpDelete, Kind: sockscope.LocGlobal, Key: "example.com/p.sessions"},
		{Op: sockscope.OpMethod, Func: "(*time.Ticker).Stop", Kind: sockscope.LocParam, Param: 1},
	}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		t.Fatal(err)
	}
	out := new(sockscope.Summary)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatal(err)
	}
	if out.String() != in.String() {
		t.Errorf("round trip: %s, want %s", out, in)
	}
}
