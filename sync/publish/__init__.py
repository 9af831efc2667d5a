"""Everything up to and including the public site: the anonymized publication export, the
privacy gate, the notice and statistics pages, charts, the search index, and the MkDocs
build (site.py) with its hooks.
"""
