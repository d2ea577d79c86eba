package show

import (
	"fmt"
	"html"
	"reflect"
	"slices"
	"strings"
	"time"
)

// field is a column name and its value as text.
type field struct{ name, value string }

// fields lists the columns of a schemas row by their json names, nulls
// empty strings and the skipped columns left out. Reflection makes columns that other
// stages add show up without changes here.
func fields(row any, skip ...string) []field {
	v := reflect.ValueOf(row)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	var out []field
	collect(v, skip, &out)
	return out
}

func collect(v reflect.Value, skip []string, out *[]field) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			collect(v.Field(i), skip, out)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || slices.Contains(skip, name) {
			continue
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				continue
			}
			fv = fv.Elem()
		}
		if fv.Kind() == reflect.String && fv.Len() == 0 {
			continue
		}
		*out = append(*out, field{name, format(fv)})
	}
}

func format(v reflect.Value) string {
	if t, ok := v.Interface().(time.Time); ok {
		return t.UTC().Format(time.RFC3339)
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%.3g", v.Float())
	case reflect.Slice:
		if v.Len() > maxListed {
			return fmt.Sprintf("%d values", v.Len()) // e.g. a MinHash signature
		}
	}
	return fmt.Sprint(v.Interface())
}

// maxListed is the longest list column shown in full.
const maxListed = 8

// writeFields writes fields as a definition list.
func writeFields(b *strings.Builder, fs []field) {
	if len(fs) == 0 {
		return
	}
	b.WriteString(`<dl class="f">`)
	for _, f := range fs {
		fmt.Fprintf(b, "<dt>%s</dt><dd>%s</dd>", html.EscapeString(f.name), html.EscapeString(f.value))
	}
	b.WriteString("</dl>")
}
