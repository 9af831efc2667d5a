"""The .xlsx backend: XlsxRegister reads the register sheet into a Table and applies a ChangeSet
by patching the package (atomic save, backups, lock files of Excel, WPS and LibreOffice),
plus the template of a new register and the demo register. It imports neither publish nor
notify.
"""
