package jsrules_test

import (
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/benchcorpus"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules"
	"github.com/disconnectlint/disconnectlint/rules"
)

// The two benchmarks run over the same 2,000 generated files, so their
// ratio is the cost of the lifecycle model and the rules over parsing and
// one full walk of every tree:
//
//	go test ./jsrules -run '^$' -bench 'Lint|ParseWalk' -benchtime 3x

const benchFiles = 2000

func benchCorpus(b *testing.B) ([]benchcorpus.File, int64) {
	files := benchcorpus.Generate(benchFiles, 1)
	var n int64
	for _, f := range files {
		n += int64(len(f.Src))
	}
	return files, n
}

func reportRate(b *testing.B, files int, bytes int64) {
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(files)/secs, "files/s")
	b.ReportMetric(float64(bytes)/secs/1e6, "MB/s")
}

// BenchmarkParseWalk parses every file and visits every node: the floor any
// tree-based linter pays.
func BenchmarkParseWalk(b *testing.B) {
	files, size := benchCorpus(b)
	b.ResetTimer()
	nodes := 0
	for range b.N {
		for _, f := range files {
			lang, _ := jsparse.LangOf(f.Path)
			t, err := jsparse.Parse(f.Src, lang)
			if err != nil {
				b.Fatal(err)
			}
			jsparse.Walk(t.Root, func(*jsparse.Node) bool { nodes++; return true })
		}
	}
	reportRate(b, len(files), size)
}

// BenchmarkLint is the full JS lint of the same files with every rule on.
func BenchmarkLint(b *testing.B) {
	files, size := benchCorpus(b)
	all := func(id string) bool { _, ok := rules.Lookup(id); return ok }
	b.ResetTimer()
	found := 0
	for range b.N {
		for _, f := range files {
			found += len(jsrules.CheckSource(f.Path, f.Src, all))
		}
	}
	if found == 0 {
		b.Fatal("the corpus has leaky servers; no finding means the rules did not run")
	}
	reportRate(b, len(files), size)
}
