"""Everything up to and including the public site: the anonymized publication export, the
privacy gate, the notice and statistics pages, charts, the search index, and the site build
(site.py: pages written before the builder runs, MkDocs or Zensical, and checked after it).
"""
