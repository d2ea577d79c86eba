package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/pos"
	"github.com/newsnlp/newsnlp/pipeline/source"
	"github.com/newsnlp/newsnlp/schemas"
)

// Stamp says what produced a run's tables: the program, the models, the
// settings that change the output and the inputs. The completion marker
// (_SUCCESS.json) records it, and Resume skips a run only when the marker's
// stamp equals the new run's.
type Stamp struct {
	Version       string `json:"version"`
	SchemaVersion string `json:"schema_version"`
	// Models maps a model to the SHA-256 of its embedded file ("custom"
	// when the caller supplied the annotators).
	Models map[string]string `json:"models"`
	// Settings are the configuration values that change the output, by
	// flag name.
	Settings map[string]string `json:"settings"`
	// Inputs are the files read, with size and modification time; a run
	// from stdin cannot be checked and is never skipped.
	Inputs []InputStamp `json:"inputs"`
}

// InputStamp identifies one input file.
type InputStamp struct {
	Path    string    `json:"path"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mod_time,omitzero"`
}

// Version is the program's version: the module version and, for a build
// from a repository, the commit and whether the tree was modified.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev != "" {
		v += " " + rev[:min(len(rev), 12)] + modified
	}
	return v + " " + info.GoVersion
}

// newStamp describes the run cfg is about to do over inputs.
func newStamp(cfg Config, inputs []source.Input) Stamp {
	s := Stamp{Version: Version(), SchemaVersion: schemas.Version, Models: map[string]string{}}
	if cfg.Annotators != nil {
		s.Models["annotators"] = "custom"
	} else {
		s.Models["pos"] = pos.ModelHash()
		s.Models["ner"] = ner.ModelHash()
	}
	tables := slices.Clone(cfg.Tables)
	if len(tables) == 0 {
		tables = DefaultTables()
	}
	slices.Sort(tables)
	f := cfg.Source.Fields
	s.Settings = map[string]string{
		"format":            cfg.Format,
		"tables":            strings.Join(tables, ","),
		"no-clean":          strconv.FormatBool(cfg.KeepText),
		"shard":             fmt.Sprintf("%d/%d", cfg.Shard, cfg.Shards),
		"date-order":        cfg.Source.DateOrder.String(),
		"encoding":          cfg.Source.Encoding.String(),
		"text-field":        strings.Join(f.Text, ","),
		"id-field":          strings.Join(f.ID, ","),
		"title-field":       strings.Join(f.Title, ","),
		"date-field":        strings.Join(f.Published, ","),
		"max-article-bytes": strconv.Itoa(cfg.MaxArticleBytes),
		"refuse-oversize":   strconv.FormatBool(cfg.RefuseOversize),
	}
	for k, v := range cfg.Settings {
		s.Settings[k] = v
	}
	for _, in := range inputs {
		is := InputStamp{Path: in.Path, Size: in.Size}
		if in.FS == nil && in.Path != "-" {
			if st, err := os.Stat(in.Path); err == nil {
				is.ModTime = st.ModTime().UTC()
			}
		}
		s.Inputs = append(s.Inputs, is)
	}
	return s
}

// differs says how a completed run's stamp differs from s, "" when it
// does not (and the run can be skipped).
func (s Stamp) differs(done Stamp) string {
	var why []string
	if s.Version != done.Version || s.SchemaVersion != done.SchemaVersion {
		why = append(why, fmt.Sprintf("program %s, completed by %s", s.Version, done.Version))
	}
	if !mapsEqual(s.Models, done.Models) {
		why = append(why, "models changed")
	}
	for k, v := range s.Settings {
		if done.Settings[k] != v {
			why = append(why, fmt.Sprintf("--%s %q, was %q", k, v, done.Settings[k]))
		}
	}
	if !slices.EqualFunc(s.Inputs, done.Inputs, func(a, b InputStamp) bool {
		return a.Path == b.Path && a.Size == b.Size && a.ModTime.Equal(b.ModTime)
	}) {
		why = append(why, "inputs changed")
	}
	for _, in := range s.Inputs {
		if in.Path == "-" {
			why = append(why, "stdin cannot be checked")
			break
		}
	}
	slices.Sort(why)
	return strings.Join(why, "; ")
}

func mapsEqual(a, b map[string]string) bool {
	x, _ := json.Marshal(a) // keys sorted
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
