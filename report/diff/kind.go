package diff

import (
	"fmt"
	"strconv"
)

// Kind is what happened to a row between the old and the new run.
type Kind int

// The kinds of change.
const (
	Added Kind = iota
	Removed
	LabelChanged
	SpanChanged
	SpeakerChanged
	TextChanged
	Lost
)

var kindNames = [...]string{"added", "removed", "label_changed", "span_changed", "speaker_changed", "text_changed", "lost"}

// String returns the kind's name as used in metric names.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("diff: unknown kind %d", int(k))
	}
	return []byte(k.String()), nil
}
