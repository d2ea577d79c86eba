package modelfile_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

func Example() {
	const magic = "example-model-1\n" // 16 bytes
	file := []byte(magic)
	file = modelfile.AppendSection(file, modelfile.Bytes([]uint32{3, 1, 4}))
	file = modelfile.AppendSection(file, []byte("weights"))

	secs, err := modelfile.Split(modelfile.Aligned(file), len(magic), 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	nums, err := modelfile.View[uint32](secs[0])
	fmt.Println(nums, string(secs[1]), err)
	// Output: [3 1 4] weights <nil>
}
