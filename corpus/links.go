package corpus

import (
	"cmp"
	"slices"

	"github.com/newsnlp/newsnlp/schemas"
)

// identityAgg sums one identity over the articles naming it.
type identityAgg struct {
	info     *identityInfo
	articles int64
	mentions int64
	spell    map[string]int64
	dates    dateRange
	last     int
}

// writeIdentities reads the entities again in article order, writes
// entity_links, and writes one row per identity to people, organizations
// and places.
func (b *builder) writeIdentities(ids []*identityInfo, quoted map[string]int64) error {
	links, err := createTable[schemas.EntityLink](b.opts.Out, TableEntityLinks, b.opts.Format)
	if err != nil {
		return err
	}
	aggs := map[*identityInfo]*identityAgg{}
	err = scanParts(b.parts, false, func(g *articleGroup) error {
		for _, e := range g.entities {
			kind, ok := kindOf(e.Label)
			if !ok {
				continue
			}
			i := b.names.lookup(kind, e.Canonical)
			if i < 0 {
				continue
			}
			info := ids[i]
			if err := links.write(schemas.EntityLink{ArticleID: g.article.ArticleID, EntityID: e.EntityID, IdentityID: info.id, Table: kind.String()}); err != nil {
				return err
			}
			a := aggs[info]
			if a == nil {
				a = &identityAgg{info: info, spell: map[string]int64{}, dates: newDateRange(), last: -1}
				aggs[info] = a
			}
			if a.last != g.idx {
				a.last = g.idx
				a.articles++
				a.dates.add(b.articles.dates[g.idx])
			}
			a.mentions += int64(e.NMentions)
			a.spell[e.Canonical]++
		}
		return nil
	})
	if err != nil {
		links.abort()
		return err
	}
	b.stats.EntityLinks = links.n
	if err := links.commit(); err != nil {
		return err
	}
	byKind := map[Kind][]*identityAgg{}
	for _, a := range aggs {
		byKind[a.info.kind] = append(byKind[a.info.kind], a)
	}
	for _, kind := range []Kind{People, Organizations, Places} {
		n, err := b.writeIdentityTable(kind, byKind[kind], quoted)
		if err != nil {
			return err
		}
		switch kind {
		case People:
			b.stats.People = n
		case Organizations:
			b.stats.Organizations = n
		case Places:
			b.stats.Places = n
		}
	}
	return nil
}

// writeIdentityTable writes one identity table, most articles first, then
// by identity_id.
func (b *builder) writeIdentityTable(kind Kind, aggs []*identityAgg, quoted map[string]int64) (int64, error) {
	slices.SortFunc(aggs, func(x, y *identityAgg) int {
		return cmp.Or(cmp.Compare(y.articles, x.articles), cmp.Compare(x.info.id, y.info.id))
	})
	out, err := createTable[schemas.Identity](b.opts.Out, kind.String(), b.opts.Format)
	if err != nil {
		return 0, err
	}
	for _, a := range aggs {
		row := schemas.Identity{
			IdentityID: a.info.id, Canonical: a.info.canonical, Label: a.info.label,
			Articles: a.articles, Mentions: a.mentions, Quotes: quoted[a.info.id],
		}
		for s, n := range a.spell {
			row.Variants = append(row.Variants, schemas.NameCount{Name: s, Count: n})
		}
		slices.SortFunc(row.Variants, func(x, y schemas.NameCount) int {
			return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Name, y.Name))
		})
		row.FirstPublishedAt, row.LastPublishedAt = a.dates.bounds()
		if err := out.write(row); err != nil {
			out.abort()
			return 0, err
		}
	}
	return out.n, out.commit()
}
