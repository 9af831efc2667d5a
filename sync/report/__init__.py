"""The monthly management report: its figures (pure, figures.py) and its workbook (workbook.py).

Internal: written under the office folder's reports/ for the managers, never published.
"""
