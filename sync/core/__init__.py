"""The pure core: the register contract (schema), records, cell parsing, working days,
evaluation and write-back planning, and the Rules types they read.

It takes `now` as an argument and imports no file format, network, site or notifier code
(import-linter checks it): read → parse → evaluate → plan happens here on plain data, and a
backend turns the plan (a ChangeSet) into a save or a request.
"""
