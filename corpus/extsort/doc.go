// Package extsort sorts more byte records than fit in memory: records are
// buffered up to a memory budget, each full buffer is sorted and written to
// a temporary run file, and the runs are merged in one pass. Records compare
// as byte strings (bytes.Compare), so callers encode the sort key first.
// Time is O(n log n) comparisons with one write and one read of the data;
// memory is the budget plus one buffered reader per run.
package extsort
