"""The office folder: `complaints new` writes one from the templates in `template/` (rules.yaml,
mkdocs.yml, the handbook, `sheets/`, the scheduling files of `deploy/`, a .gitignore), and every
command checks that it runs in one. Imports no other subpackage but the errors."""
