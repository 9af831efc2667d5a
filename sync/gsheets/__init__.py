"""The Google Sheets backend: GoogleRegister reads the sheet into a Table and applies a
ChangeSet in one spreadsheets.batchUpdate, through one HTTP client (client.py) with bounded
retry; init.py prepares a sheet for `complaints init --google`. It imports neither publish
nor notify.
"""
