package pos

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// ModelHash is the SHA-256 of the embedded model file, in hex: what a
// run's completion marker records to tell models apart.
var ModelHash = sync.OnceValue(func() string {
	sum := sha256.Sum256([]byte(modelData))
	return hex.EncodeToString(sum[:])
})
