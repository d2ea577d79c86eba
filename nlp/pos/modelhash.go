package pos

import (
	"sync"

	"github.com/newsnlp/newsnlp/nlp"
)

// ModelHash is the nlp.Fingerprint of the embedded model file: what a
// run's completion marker records to tell models apart.
var ModelHash = sync.OnceValue(func() string { return nlp.Fingerprint(modelData) })
