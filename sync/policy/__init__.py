"""The office's policy: rules.yaml and the holiday files it names, read and checked (every
problem with its line) into sync.core.rules.Rules, and described in words (describe.py: one
source for `complaints check`, the handbook's approval table and the 填写说明 sheet).
"""
