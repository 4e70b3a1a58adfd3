package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/disconnectlint/disconnectlint/jsmodel"
)

func TestListsOwnFolder(t *testing.T) {
	for src, want := range map[string]bool{
		"fs.readdirSync(__dirname).forEach(f => require('./' + f)(io))": true,
		"fs.readdirSync(path.join(__dirname)).forEach(load)":            true,
		"readdir(__dirname, (err, files) => {})":                        true,
		"fs.readdirSync(path.join(__dirname, 'events'))":                false, // a subfolder: found by its name
		"const dir = __dirname; fs.readFileSync(dir)":                   false,
		"readdir": false,
		"const dir = path.resolve(__dirname); readdir(dir, cb)": true,
	} {
		if got := listsOwnFolder([]byte(src)); got != want {
			t.Errorf("listsOwnFolder(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestTemplateParts(t *testing.T) {
	got := templateParts([]byte("${__dirname}/../socketevents/${file}"))
	want := [][]byte{[]byte(""), []byte("/../socketevents/"), []byte("")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("templateParts = %q, want %q", got, want)
	}
	if got := templateParts([]byte("./events")); !reflect.DeepEqual(got, [][]byte{[]byte("./events")}) {
		t.Errorf("plain literal: %q", got)
	}
}

// TestListedDirs checks the prescan finds the folders a loader names, and
// nothing for strings that are not folders of the run.
func TestListedDirs(t *testing.T) {
	root := t.TempDir()
	var paths []string
	for _, rel := range []string{"server/src/client.js", "server/src/events/join.js", "lib/handlers/a.js", "lib/loader.js", "lib/socketevents/x.js"} {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	proj := jsmodel.NewProject()
	proj.Known(paths)
	cases := []struct {
		file, src string
		want      []string
	}{
		{"server/src/client.js", "const path = './src/events'; readdir(path, cb); split('.')", []string{"server/src/events"}},
		{"lib/loader.js", "readdirSync(path.join(__dirname, 'handlers'))", []string{"lib/handlers"}},
		{"lib/loader.js", "readdirSync(`${__dirname}/socketevents`)", []string{"lib/socketevents"}},
		{"lib/loader.js", "readdirSync(__dirname + '/handlers')", []string{"lib/handlers"}},
		{"lib/loader.js", "readdirSync(__dirname)", []string{"lib"}},
		{"lib/loader.js", "readdirSync('./nowhere'); emit('chat message')", nil},
		{"lib/loader.js", "// don't list index files\nreaddirSync(path.join(__dirname, 'handlers'))", []string{"lib/handlers"}},
		{"lib/loader.js", "/* it's */ const s = 'it\\'s'; readdirSync(\"handlers\")", []string{"lib/handlers"}},
		{"lib/loader.js", "const base = p.replace(/\\/*$/, ''); const q = /\\//g; readdirSync(join(base, 'handlers'))", []string{"lib/handlers"}},
		{"lib/loader.js", "const half = total / 2; const r = a / b; readdirSync('handlers')", []string{"lib/handlers"}},
	}
	for _, c := range cases {
		var got []string
		for _, d := range listedDirs([]byte(c.src), filepath.Join(root, c.file), proj) {
			rel, _ := filepath.Rel(root, d)
			got = append(got, filepath.ToSlash(rel))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: listedDirs(%q) = %q, want %q", c.file, c.src, got, c.want)
		}
	}
}
