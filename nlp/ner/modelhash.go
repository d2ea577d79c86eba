package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

// ModelHash is the SHA-256 of the embedded model file, in hex: what a
// run's completion marker records to tell models apart.
var ModelHash = sync.OnceValue(func() string {
	// Hashed where it lies: converting the 20+ MB string to a []byte
	// would copy it at every start.
	sum := sha256.Sum256(modelfile.StringBytes(embedded))
	return hex.EncodeToString(sum[:])
})
