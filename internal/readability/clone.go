package readability

import "golang.org/x/net/html"

// cloneTree is a deep copy of src, as dom.Clone makes it, with all nodes
// allocated in one slice and all attributes in another: a pass of
// grabArticle works on a copy of the whole page. Each node's attributes
// have no room to grow in place, so appending to them copies them.
func cloneTree(src *html.Node) *html.Node {
	nodes, attrs := 0, 0
	var count func(n *html.Node)
	count = func(n *html.Node) {
		nodes++
		attrs += len(n.Attr)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			count(c)
		}
	}
	count(src)
	ns := make([]html.Node, nodes)
	as := make([]html.Attribute, attrs)
	var clone func(n *html.Node) *html.Node
	clone = func(n *html.Node) *html.Node {
		c := &ns[0]
		ns = ns[1:]
		c.Type, c.DataAtom, c.Data = n.Type, n.DataAtom, n.Data
		k := copy(as, n.Attr)
		c.Attr = as[:k:k]
		as = as[k:]
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cc := clone(ch)
			cc.Parent = c
			if c.LastChild == nil {
				c.FirstChild = cc
			} else {
				c.LastChild.NextSibling = cc
				cc.PrevSibling = c.LastChild
			}
			c.LastChild = cc
		}
		return c
	}
	return clone(src)
}
